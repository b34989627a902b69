import {
  GridIndex,
  loadDistrict,
  parseGridLayer,
  type GridLayer,
  type LoadedDistrict,
} from '@wangge/core';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '@wangge/core/demo';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WgCaseSelectEvent } from '../shared/case-select-event.js';
import { WgErrorEvent } from '../shared/error-event.js';
import { WgGridSelectEvent } from '../shared/grid-select-event.js';
import { WgPointPickEvent } from '../shared/point-pick-event.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { mount, settled } from '../test-support/dom.js';
import '../district/district.js';
import './grid-map.js';
import type { WgGridMap } from './grid-map.component.js';
import { squareLayer, spreadMarkers } from './grid-map.fixtures.js';
import { interiorPoint } from './interior-point.js';
import { MapGeometry } from './map-geometry.js';
import { SVG_BATCH, unitBatches } from './map-painter.js';
import type { GridMapMarker } from './marker-clusters.js';

// Generated once for the file: a twentieth of Yingze (7 streets, 7 communities, 60 grids, 128
// micro-grids) on the real boundary.
const bundle = generateDemoDistrict({ scale: 0.05 });
const layer: GridLayer = generateDemoGeometry(bundle, YINGZE_BOUNDARY);
const loaded = loadDistrict(bundle);
if (!loaded.success) throw new Error('demo district invalid');
const district: LoadedDistrict = loaded.data;
const index = GridIndex.fromLayer(layer);
const geometry = MapGeometry.fromLayer(layer);
const ofLevel = (level: string) => layer.features.filter((f) => f.properties.level === level);
const microGrids = ofLevel('micro-grid');
const grids = ofLevel('grid');

function create(attrs: Record<string, string> = {}): WgGridMap {
  const el = document.createElement('wg-grid-map');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

async function mounted(attrs: Record<string, string> = {}, data = layer): Promise<WgGridMap> {
  const el = create(attrs);
  el.layer = data;
  mount(el);
  await laidOut(el);
  return el;
}

/** Waits for the viewport's size (reported by a resize observer after layout) and its update. */
async function laidOut(el: WgGridMap): Promise<void> {
  await settled(el);
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settled(el);
}

const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

function shadow(el: WgGridMap): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function q(el: WgGridMap, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not rendered`);
  return found;
}

const unitPaths = (el: WgGridMap) => [...shadow(el).querySelectorAll<SVGPathElement>('path.unit')];

/**
 * How the map draws the units of the level it shows: the class of the one path that holds each
 * unit's own path data (drawn once, nothing else drawn), by unit id.
 */
function drawnUnits(el: WgGridMap, g: MapGeometry = geometry): Map<string, string> {
  const level = el.visibleLevel;
  if (!level) throw new Error('no level');
  const paths = unitPaths(el);
  const data = paths.map((p) => p.getAttribute('d') ?? '');
  // The precision of the paths: their group scales them by s / 10^decimals.
  const groupScale = /scale\(([-\d.e]+)\)/.exec(
    paths[0]?.parentElement?.getAttribute('transform') ?? '',
  )?.[1];
  const decimals = Math.round(Math.log10(transformOf(el)[0] / Number(groupScale)));
  const drawn = new Map<string, string>();
  let length = 0;
  for (const unit of g.unitsAt(level)) {
    const d = g.path(unit, decimals);
    length += d.length;
    const holders = paths.filter((_, i) => data[i]?.includes(d));
    expect(holders, unit.id).toHaveLength(1);
    drawn.set(unit.id, holders[0]?.getAttribute('class') ?? '');
  }
  expect(data.join('')).toHaveLength(length);
  return drawn;
}
const viewport = (el: WgGridMap) => q(el, '[part="map"]');
const treeItems = (el: WgGridMap) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[role="treeitem"]'),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The map's transform as [s, tx, ty], read from the tiles' group (in base-frame units). */
function transformOf(el: WgGridMap): [number, number, number] {
  const g = q(el, 'svg.layer > g:nth-of-type(1)') as Element as SVGGElement;
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
    g.getAttribute('transform') ?? '',
  );
  if (!m) throw new Error('no transform');
  return [Number(m[3]), Number(m[1]), Number(m[2])];
}

/** Viewport pixel of a position of the layer, by the map's own transform. */
function pixelOf(el: WgGridMap, lon: number, lat: number): [number, number] {
  const [s, tx, ty] = transformOf(el);
  const [bx, by] = geometry.toBase(lon, lat);
  return [bx * s + tx, by * s + ty];
}

/** A point well inside a unit, as the index sees it. */
function inside(id: string): [number, number] {
  const feature = layer.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(id);
  const point = interiorPoint(feature.geometry, (lon, lat) => {
    const r = index.locatePosition(lon, lat);
    return r.status === 'inside' && r.chain.includes(id);
  });
  if (!point) throw new Error(`no interior point for ${id}`);
  return point;
}

function pointer(el: WgGridMap, type: string, x: number, y: number, id = 1): void {
  const target = viewport(el);
  const box = target.getBoundingClientRect();
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      pointerId: id,
      pointerType: 'mouse',
      isPrimary: id === 1,
      button: 0,
      buttons: type === 'pointerup' ? 0 : 1,
      clientX: box.left + x,
      clientY: box.top + y,
    }),
  );
}

function click(el: WgGridMap, x: number, y: number): void {
  pointer(el, 'pointerdown', x, y);
  pointer(el, 'pointerup', x, y);
}

function key(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }),
  );
}

function collect<E extends Event>(name: string): E[] {
  const events: E[] = [];
  document.body.addEventListener(name, (event) => {
    events.push(event as E);
  });
  return events;
}

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<wg-grid-map> rendering', () => {
  it('is registered and draws every unit of the forced level in SVG, 32 units to a path', async () => {
    expect(customElements.get('wg-grid-map')).toBeDefined();
    const el = await mounted({ levels: 'micro-grid' });
    expect(el.visibleLevel).toBe('micro-grid');
    const drawn = drawnUnits(el);
    expect([...drawn.keys()].sort()).toEqual(microGrids.map((f) => f.properties.id).sort());
    expect([...drawn.values()].every((cls) => cls === 'unit b0')).toBe(true);
    // Ordinary units, then those inside exclusive grids over them, 32 to a path.
    const exclusive = geometry.unitsAt('micro-grid').filter((u) => u.exclusive).length;
    expect(exclusive).toBeGreaterThan(0);
    const batches = Math.ceil((microGrids.length - exclusive) / 32) + Math.ceil(exclusive / 32);
    expect(unitPaths(el)).toHaveLength(batches);
    expect(unitPaths(el).every((p) => (p.getAttribute('d') ?? '').startsWith('M'))).toBe(true);
    expect(el.usesCanvas).toBe(false);
  });

  it('shows streets when zoomed out and finer levels as it zooms in', async () => {
    const squares = squareLayer({ side: 4, communities: 3, streets: 3 });
    const squaresGeometry = MapGeometry.fromLayer(squares);
    const el = await mounted({}, squares);
    expect(el.visibleLevel).toBe('street');
    expect(drawnUnits(el, squaresGeometry).size).toBe(3);
    const seen = [el.visibleLevel];
    for (let i = 0; i < 5; i += 1) {
      el.zoomIn();
      await settled(el);
      if (seen.at(-1) !== el.visibleLevel) seen.push(el.visibleLevel);
    }
    expect(seen).toEqual(['street', 'community', 'grid']);
    expect(drawnUnits(el, squaresGeometry).size).toBe(3 * 9 * 16);
    el.resetView();
    await settled(el);
    expect(el.visibleLevel).toBe('street');
  });

  it('reaches the micro-grids of the demo district, with street boundaries over them', async () => {
    // The small demo has one community per street: both are as large, so the finer one shows.
    const el = await mounted();
    const seen = [el.visibleLevel];
    for (let i = 0; i < 6; i += 1) {
      el.zoomIn();
      await settled(el);
      if (seen.at(-1) !== el.visibleLevel) seen.push(el.visibleLevel);
    }
    expect(seen[0]).toBe('community');
    expect(seen.at(-1)).toBe('micro-grid');
    expect(drawnUnits(el).size).toBe(microGrids.length);
    expect(shadow(el).querySelectorAll('path.outline.street')).toHaveLength(7);
    expect(shadow(el).querySelectorAll('path.outline.district')).toHaveLength(1);
  });

  it('lets `levels` restrict the automatic choice', async () => {
    const el = await mounted({ levels: 'community grid' });
    expect(el.visibleLevel).toBe('community');
    for (let i = 0; i < 8; i += 1) el.zoomIn();
    await settled(el);
    expect(el.visibleLevel).toBe('grid');
  });

  it('shows an empty state without a layer, and a loading state inside a provider that has none yet', async () => {
    const el = mount(create());
    await settled(el);
    expect(text(q(el, '[part="message"]'))).toBe('暂无网格图层');
    const provider = mount(document.createElement('wg-district'));
    const inner = mount(create(), provider);
    await settled(inner);
    const message = q(inner, '[part="message"]');
    expect(message.getAttribute('role')).toBe('status');
    expect(text(message)).toBe('加载中…');
  });

  it('takes the layer and the names from a surrounding <wg-district>', async () => {
    const provider = mount(document.createElement('wg-district'));
    provider.district = district;
    provider.layer = layer;
    const el = mount(create(), provider);
    await settled(provider);
    await laidOut(el);
    expect(drawnUnits(el).size).toBe(7);
    const first = treeItems(el)[0];
    const street = district.bundle.streets[0];
    expect(text(first?.querySelector('.name'))).toBe(street?.name);
    expect(viewport(el).getAttribute('aria-label')).toBe(
      `${district.bundle.district.name}网格地图`,
    );
  });

  it('shows an invalid layer as an error state and reports parseGridLayer’s issues', async () => {
    const events = collect<WgErrorEvent>('wg-error');
    const invalid = { type: 'FeatureCollection', features: [] };
    const el = mount(create());
    el.layer = invalid;
    await settled(el);
    const alert = q(el, '[part="error"]');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert)).toContain('数据无效');
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(WgErrorEvent);
    expect(events[0]?.bubbles && events[0].composed).toBe(true);
    const expected = parseGridLayer(invalid);
    expect(expected.success).toBe(false);
    if (!expected.success) {
      expect(events[0]?.error.issues.map((i) => i.code)).toEqual(
        expected.error.issues.map((i) => i.code),
      );
    }
    el.layer = layer;
    await settled(el);
    expect(shadow(el).querySelector('[part="error"]')).toBeNull();
    expect(unitPaths(el).length).toBeGreaterThan(0);
  });

  it('renders unit names that look like markup as text', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const evil = '<img src=x onerror=alert(1)>';
    const named = {
      ...layer,
      features: layer.features.map((f) => ({ ...f, properties: { ...f.properties, name: evil } })),
    };
    const el = await mounted({}, named);
    const first = treeItems(el)[0];
    expect(text(first?.querySelector('.name'))).toBe(evil);
    const [x, y] = pixelOf(el, ...inside(ofLevel('street')[0]?.properties.id ?? ''));
    pointer(el, 'pointermove', x, y);
    await frame();
    await settled(el);
    expect(text(q(el, '[part="status"]'))).toBe(evil);
    expect(shadow(el).querySelector('img')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('draws unit borders one CSS pixel wide at every zoom, as the canvas does', async () => {
    const el = await mounted({ levels: 'micro-grid' });
    const onScreen = () => {
      const path = unitPaths(el)[0];
      const group = path?.parentElement;
      const scale = /scale\(([-\d.e]+)\)/.exec(group?.getAttribute('transform') ?? '')?.[1];
      const width = Number.parseFloat(path ? getComputedStyle(path).strokeWidth : '');
      return width * Number(scale);
    };
    expect(onScreen()).toBeCloseTo(1, 2);
    el.zoomIn();
    el.zoomIn();
    el.zoomIn();
    await settled(el);
    expect(el.zoom).toBe(8);
    expect(onScreen()).toBeCloseTo(1, 2);
  });

  it('paints at the real size of the viewport in its first update, without waiting for a frame', async () => {
    const el = create({ levels: 'micro-grid' });
    el.layer = layer;
    mount(el);
    await settled(el);
    // Before any frame: the paths are there and the view fits the laid-out viewport.
    const paths = unitPaths(el);
    expect(drawnUnits(el).size).toBe(microGrids.length);
    const box = viewport(el).getBoundingClientRect();
    const [s, tx, ty] = transformOf(el);
    const [x0, y0] = [tx, ty];
    const [x1, y1] = [geometry.width * s + tx, geometry.height * s + ty];
    expect((x0 + x1) / 2).toBeCloseTo(box.width / 2, 1);
    expect((y0 + y1) / 2).toBeCloseTo(box.height / 2, 1);
    expect(Math.max((x1 - x0) / box.width, (y1 - y0) / box.height)).toBeCloseTo(0.92, 2);
    // The resize observer's first report finds that size, and nothing is painted again.
    const before = paths.map((p) => p.getAttribute('d'));
    await laidOut(el);
    expect(transformOf(el)).toEqual([s, tx, ty]);
    expect(unitPaths(el).map((p) => p.getAttribute('d'))).toEqual(before);

    const canvasMap = create({ renderer: 'canvas', levels: 'grid' });
    canvasMap.layer = layer;
    mount(canvasMap);
    await settled(canvasMap);
    const canvas = q(canvasMap, 'canvas') as HTMLCanvasElement;
    const width = viewport(canvasMap).getBoundingClientRect().width;
    expect(canvas.width).toBe(Math.round(width * (globalThis.devicePixelRatio || 1)));
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4 * 97) if ((pixels[i] ?? 0) > 0) painted += 1;
    expect(painted).toBeGreaterThan(100);
  });
});

describe('MapGeometry', () => {
  const samePoint = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
    a?.[0] === b?.[0] && a?.[1] === b?.[1] && a !== undefined;

  /** The rings of a path as absolute integer points, read back from its relative line-tos. */
  function readPath(d: string): [number, number][][] {
    const rings: [number, number][][] = [];
    const tokens = d.match(/[Mlz]|-?\d+/g) ?? [];
    let x = 0;
    let y = 0;
    let ring: [number, number][] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] ?? '';
      if (token === 'M') {
        x = Number(tokens[(i += 1)]);
        y = Number(tokens[(i += 1)]);
        ring = [[x, y]];
      } else if (token === 'z') {
        rings.push(ring);
      } else if (token !== 'l') {
        x += Number(token);
        y += Number(tokens[(i += 1)]);
        ring.push([x, y]);
      }
    }
    return rings;
  }

  it('writes each unit as relative integer line-tos that add up to its rounded vertices exactly', () => {
    for (const decimals of [1, 2, 3]) {
      const m = 10 ** decimals;
      const units = geometry.unitsAt('micro-grid');
      const paths = geometry.paths('micro-grid', decimals);
      units.forEach((unit, i) => {
        expect(paths[i]).toBe(geometry.path(unit, decimals));
        const polygons =
          unit.geometry.type === 'Polygon'
            ? [unit.geometry.coordinates]
            : unit.geometry.coordinates;
        const expected: [number, number][][] = [];
        for (const ring of polygons.flat()) {
          const points: [number, number][] = [];
          for (const [lon = 0, lat = 0] of ring) {
            const [bx, by] = geometry.toBase(lon, lat);
            const point: [number, number] = [Math.round(bx * m), Math.round(by * m)];
            if (!samePoint(points.at(-1), point)) points.push(point);
          }
          // The closing vertex is drawn by `z`; rings of fewer than three vertices are dropped.
          if (points.length >= 3) {
            if (samePoint(points[0], points.at(-1))) points.pop();
            expected.push(points);
          }
        }
        expect(readPath(paths[i] ?? '')).toEqual(expected);
      });
    }
  });

  it('keeps each unit’s shape and box in the base frame, as toBase places its vertices', () => {
    for (const unit of [...geometry.unitsAt('street'), ...geometry.unitsAt('micro-grid')]) {
      const { coords, starts, box } = geometry.shape(unit);
      const rings =
        unit.geometry.type === 'Polygon'
          ? unit.geometry.coordinates
          : unit.geometry.coordinates.flat();
      expect(Array.from(starts)).toEqual(
        rings.reduce<number[]>((acc, ring) => [...acc, (acc.at(-1) ?? 0) + ring.length], [0]),
      );
      const xs: number[] = [];
      const ys: number[] = [];
      rings.flat().forEach(([lon = 0, lat = 0], v) => {
        const [x, y] = geometry.toBase(lon, lat);
        expect(coords[2 * v]).toBe(x);
        expect(coords[2 * v + 1]).toBe(y);
        xs.push(x);
        ys.push(y);
      });
      expect(box).toEqual([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
      const shapes = geometry.shapesAt(unit.level);
      expect(shapes.units).toBe(geometry.unitsAt(unit.level));
    }
  });

  it('batches the units of a level by colour, 32 to a path, exclusive ones last', () => {
    const units = geometry.unitsAt('micro-grid');
    const paths = geometry.paths('micro-grid', 1);
    const buckets = Uint8Array.from(units, (_, i) => (i * 7) % 5);
    const batches = unitBatches(units, paths, buckets);
    // Each unit is in the one batch of its pass and colour, in layer order, and nothing else is.
    const expected: { cls: string; d: string }[] = [];
    for (const exclusive of [false, true]) {
      for (let b = 0; b <= 4; b += 1) {
        const mine = paths.filter((_, i) => units[i]?.exclusive === exclusive && buckets[i] === b);
        for (let k = 0; k < mine.length; k += SVG_BATCH) {
          expected.push({ cls: `unit b${String(b)}`, d: mine.slice(k, k + SVG_BATCH).join('') });
        }
      }
    }
    expect(batches).toEqual(expected);
    expect(batches.map((batch) => batch.d).join('')).toHaveLength(paths.join('').length);
    // A unit too small to draw at this precision has no path data and takes no place.
    const empties = paths.map((d, i) => (i % 2 === 0 ? '' : d));
    expect(unitBatches(units, empties, new Uint8Array(units.length))).toEqual(
      unitBatches(
        units.filter((_, i) => i % 2 === 1),
        paths.filter((_, i) => i % 2 === 1),
        new Uint8Array(units.length),
      ),
    );
  });

  it('draws the units inside exclusive grids after the ordinary ones of their level', () => {
    const squares = squareLayer({ side: 2, communities: 2, streets: 1 });
    const exclusiveId = squares.features.find((f) => f.properties.level === 'grid')?.properties.id;
    const marked: GridLayer = {
      ...squares,
      features: squares.features.map((f) =>
        f.properties.id === exclusiveId
          ? { ...f, properties: { ...f.properties, kind: 'exclusive' as const } }
          : f,
      ),
    };
    const parsed = parseGridLayer(marked);
    if (!parsed.success) throw new Error('invalid');
    const g = MapGeometry.fromLayer(parsed.data);
    const grids = g.unitsAt('grid');
    expect(grids.at(-1)?.id).toBe(exclusiveId);
    expect(grids.filter((u) => u.exclusive).map((u) => u.id)).toEqual([exclusiveId]);
  });
});

describe('<wg-grid-map> pan and zoom', () => {
  it('pans with the arrow keys and zooms with +, - and 0', async () => {
    const el = await mounted();
    const map = viewport(el);
    map.focus();
    const [s0, tx0, ty0] = transformOf(el);
    key(map, 'ArrowRight');
    const [, tx1, ty1] = transformOf(el);
    expect(tx1).toBeLessThan(tx0);
    expect(ty1).toBeCloseTo(ty0, 6);
    key(map, 'ArrowDown');
    expect(transformOf(el)[2]).toBeLessThan(ty0);
    key(map, '+');
    expect(el.zoom).toBe(2);
    expect(transformOf(el)[0]).toBeCloseTo(2 * s0, 6);
    key(map, '-');
    expect(el.zoom).toBe(1);
    key(map, '=');
    key(map, '0');
    expect(el.zoom).toBe(1);
    expect(transformOf(el)).toEqual([s0, tx0, ty0]);
  });

  it('zooms with the buttons, which have localised names', async () => {
    const el = await mounted();
    const zoomIn = q(el, '[part="zoom-in"]');
    expect(zoomIn.getAttribute('aria-label')).toBe('放大');
    zoomIn.click();
    zoomIn.click();
    expect(el.zoom).toBe(4);
    q(el, '[part="zoom-out"]').click();
    expect(el.zoom).toBe(2);
    q(el, '[part="reset"]').click();
    expect(el.zoom).toBe(1);
  });

  it('zooms with the wheel about the cursor', async () => {
    const el = await mounted();
    const map = viewport(el);
    const box = map.getBoundingClientRect();
    const [px, py] = pixelOf(el, ...inside(grids[3]?.properties.id ?? ''));
    // Mouse events carry whole pixels.
    const clientX = Math.round(box.left + px);
    const clientY = Math.round(box.top + py);
    const baseUnder = () => {
      const [s, tx, ty] = transformOf(el);
      return [(clientX - box.left - tx) / s, (clientY - box.top - ty) / s];
    };
    const before = baseUnder();
    const wheel = new WheelEvent('wheel', {
      deltaY: -200,
      clientX,
      clientY,
      bubbles: true,
      cancelable: true,
    });
    map.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    await frame();
    expect(el.zoom).toBeCloseTo(2, 6);
    // The place under the cursor stays under it.
    const after = baseUnder();
    expect(after[0]).toBeCloseTo(before[0] ?? NaN, 6);
    expect(after[1]).toBeCloseTo(before[1] ?? NaN, 6);
  });

  it('pans with a drag, and a drag is not a click', async () => {
    const selects = collect<WgGridSelectEvent>('wg-grid-select');
    const el = await mounted();
    const [, tx0, ty0] = transformOf(el);
    pointer(el, 'pointerdown', 100, 100);
    pointer(el, 'pointermove', 130, 110);
    pointer(el, 'pointermove', 160, 130);
    await frame();
    pointer(el, 'pointerup', 160, 130);
    await frame();
    const [, tx1, ty1] = transformOf(el);
    expect(tx1 - tx0).toBeCloseTo(60, 3);
    expect(ty1 - ty0).toBeCloseTo(30, 3);
    expect(selects).toHaveLength(0);
  });

  it('zooms with a two-finger pinch', async () => {
    const el = await mounted();
    pointer(el, 'pointerdown', 100, 150, 1);
    pointer(el, 'pointerdown', 200, 150, 2);
    pointer(el, 'pointermove', 250, 150, 2);
    pointer(el, 'pointermove', 50, 150, 1);
    await frame();
    pointer(el, 'pointerup', 50, 150, 1);
    pointer(el, 'pointerup', 250, 150, 2);
    await frame();
    expect(el.zoom).toBeCloseTo(2, 6);
  });
});

describe('<wg-grid-map> selection and picking', () => {
  it('selects the unit clicked on the map', async () => {
    const events = collect<WgGridSelectEvent>('wg-grid-select');
    const el = await mounted({ levels: 'grid' });
    const target = grids[5]?.properties.id ?? '';
    click(el, ...pixelOf(el, ...inside(target)));
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(WgGridSelectEvent);
    expect(events[0]?.bubbles && events[0].composed).toBe(true);
    expect(events[0]?.unitId).toBe(target);
    expect(events[0]?.level).toBe('grid');
    expect(el.selected).toBe(target);
    await settled(el);
    expect(shadow(el).querySelector('path.selected')).not.toBeNull();
    // The tree opens down to the selected unit and marks it.
    const row = shadow(el).querySelector(`[role="treeitem"][aria-selected="true"]`);
    expect(row?.getAttribute('data-key')).toBe(target);
  });

  it('selects with a real mouse click', async () => {
    const { userEvent } = await import('vitest/browser');
    const events = collect<WgGridSelectEvent>('wg-grid-select');
    const el = await mounted({ levels: 'community' });
    const target = ofLevel('community')[2]?.properties.id ?? '';
    const [x, y] = pixelOf(el, ...inside(target));
    await userEvent.click(viewport(el), { position: { x, y } });
    expect(events.map((e) => e.unitId)).toEqual([target]);
  });

  it('selects the unit under the crosshair with Enter', async () => {
    const events = collect<WgGridSelectEvent>('wg-grid-select');
    const el = await mounted({ levels: 'grid' });
    const target = grids[7]?.properties.id ?? '';
    el.frameUnit(target);
    await settled(el);
    key(viewport(el), 'Enter');
    expect(events[0]?.unitId).toBe(el.selected);
    const located = index.locatePosition(...geometry.toLonLat(...centreBase(el)));
    expect(located.status === 'inside' && located.chain.includes(events[0]?.unitId ?? '')).toBe(
      true,
    );
  });

  it('in pick mode, picks the clicked point, located in its grid, and shows a pin', async () => {
    const events = collect<WgPointPickEvent>('wg-point-pick');
    const el = await mounted({ mode: 'pick', levels: 'micro-grid' });
    const target = microGrids[11];
    const [x, y] = pixelOf(el, ...inside(target?.properties.id ?? ''));
    click(el, x, y);
    expect(events).toHaveLength(1);
    const event = events[0];
    expect(event).toBeInstanceOf(WgPointPickEvent);
    expect(event?.location.coordinateSystem).toBe('GCJ02');
    const located = index.locate(event!.location);
    expect(located.status).toBe('inside');
    if (located.status === 'inside') {
      expect(located.microGridId).toBe(target?.properties.id);
      expect(event?.microGridId).toBe(target?.properties.id);
      expect(event?.gridId).toBe(target?.properties.parentId);
      expect(located.gridId).toBe(event?.gridId);
    }
    await settled(el);
    expect(shadow(el).querySelector('path.pin')).not.toBeNull();
    expect(el.pin).toEqual(event?.location);
  });

  it('in pick mode, Enter picks the point under the crosshair', async () => {
    const events = collect<WgPointPickEvent>('wg-point-pick');
    const el = await mounted({ mode: 'pick' });
    key(viewport(el), ' ');
    expect(events).toHaveLength(1);
    const [lon, lat] = events[0]!.location.point.coordinates;
    const [cx, cy] = centreBase(el);
    const [bx, by] = geometry.toBase(lon, lat);
    expect(bx).toBeCloseTo(cx, 3);
    expect(by).toBeCloseTo(cy, 3);
  });

  it('in pick mode, choosing a unit in the tree picks a point inside it', async () => {
    const events = collect<WgPointPickEvent>('wg-point-pick');
    const el = await mounted({ mode: 'pick' });
    const row = treeItems(el)[1]!;
    row.focus();
    key(row, 'Enter');
    expect(events).toHaveLength(1);
    const located = index.locate(events[0]!.location);
    expect(located.status === 'inside' && located.chain.includes(row.dataset.key ?? '')).toBe(true);
    expect(events[0]?.gridId).toBeDefined();
  });
});

/** The base-frame point at the middle of the viewport. */
function centreBase(el: WgGridMap): [number, number] {
  const [s, tx, ty] = transformOf(el);
  const box = viewport(el).getBoundingClientRect();
  return [(box.width / 2 - tx) / s, (box.height / 2 - ty) / s];
}

describe('<wg-grid-map> colours and markers', () => {
  it('colours units by their cases and recolours on the same paths', async () => {
    const el = await mounted({ levels: 'grid' });
    const before = unitPaths(el);
    const id0 = grids[0]?.properties.id ?? '';
    const id1 = grids[1]?.properties.id ?? '';
    el.counts = { [id0]: { open: 8, overdue: 1 }, [id1]: { open: 2, overdue: 2 } };
    await settled(el);
    // The units are regrouped by colour: the paths there before are reused, a few are added.
    const after = unitPaths(el);
    expect(after.length).toBeGreaterThan(before.length);
    before.forEach((path, i) => {
      expect(after[i]).toBe(path);
    });
    const drawn = drawnUnits(el);
    expect(drawn.get(id0)).toBe('unit b4');
    expect(drawn.get(id1)).toBe('unit b1');
    expect([...drawn.values()].filter((cls) => cls !== 'unit b0')).toHaveLength(2);
    const holder = (id: string) => {
      const unit = geometry.byId.get(id);
      const d = unit ? geometry.path(unit, 1) : '-';
      return unitPaths(el).find((p) => p.getAttribute('d')?.includes(d));
    };
    const fill = (p: Element | undefined) => (p ? getComputedStyle(p).fill : '');
    expect(fill(holder(id0))).not.toBe(fill(holder(id1)));
    expect(text(q(el, '[part="legend"]'))).toContain('待办案件');

    el.colorBy = 'overdue';
    await settled(el);
    const again = drawnUnits(el);
    expect(again.get(id0)).toBe('unit b2');
    expect(again.get(id1)).toBe('unit b4');
    expect(unitPaths(el)).toEqual(after);
  });

  it('sums the children of a unit without an entry of its own', async () => {
    const el = await mounted();
    const street = ofLevel('street')[0]?.properties.id ?? '';
    const mine = grids.filter(
      (g) =>
        index.locate({
          point: { type: 'Point', coordinates: inside(g.properties.id) },
          coordinateSystem: 'GCJ02',
        }).status === 'inside' && g.properties.parentId?.startsWith(street),
    );
    el.counts = Object.fromEntries(mine.map((g) => [g.properties.id, { open: 1, overdue: 0 }]));
    await settled(el);
    const row = treeItems(el).find((r) => r.dataset.key === street);
    expect(text(row?.querySelector('.count.open'))).toBe(String(mine.length));
    expect(text(row?.querySelector('.visually-hidden'))).toContain(`待办 ${mine.length} 件`);
  });

  it('clusters nearby markers when zoomed out and separates them when zoomed in', async () => {
    const el = await mounted();
    const ids = grids.slice(0, 6).map((g) => g.properties.id);
    const markers: GridMapMarker[] = ids.map((id, i) => ({
      id: `case-${i}`,
      location: { point: { type: 'Point', coordinates: inside(id) }, coordinateSystem: 'GCJ02' },
      overdue: i === 0,
      label: `案件${i}`,
    }));
    el.markers = markers;
    await settled(el);
    const clusters = () => [...shadow(el).querySelectorAll('.cluster')];
    const singles = () => [...shadow(el).querySelectorAll('.marker')];
    const shown = () =>
      clusters().reduce((n, c) => n + Number(text(c.querySelector('text'))), 0) + singles().length;
    expect(shown()).toBe(6);
    expect(clusters().length).toBeGreaterThan(0);
    expect(clusters().length + singles().length).toBeLessThan(6);
    for (let i = 0; i < 9; i += 1) el.zoomIn();
    el.frameUnit(grids[0]?.properties.parentId ?? '');
    for (let i = 0; i < 3; i += 1) el.zoomIn();
    await settled(el);
    expect(singles().length).toBeGreaterThan(0);
    expect(shadow(el).querySelectorAll('.marker.overdue').length).toBeLessThanOrEqual(1);
  });

  it('activating a single marker selects its case; a cluster zooms in', async () => {
    const events = collect<WgCaseSelectEvent>('wg-case-select');
    const el = await mounted();
    const a = inside(grids[0]?.properties.id ?? '');
    el.markers = [
      {
        id: 'case-a',
        location: { point: { type: 'Point', coordinates: a }, coordinateSystem: 'GCJ02' },
      },
      {
        id: 'case-b',
        location: {
          point: { type: 'Point', coordinates: [a[0] + 1e-5, a[1]] },
          coordinateSystem: 'GCJ02',
        },
      },
    ];
    await settled(el);
    const zoom = el.zoom;
    click(el, ...pixelOf(el, ...a));
    expect(el.zoom).toBeGreaterThan(zoom);
    expect(events).toHaveLength(0);
    el.markers = [el.markers[0]!];
    await settled(el);
    click(el, ...pixelOf(el, ...a));
    expect(events.map((e) => e.caseId)).toEqual(['case-a']);
    expect(events[0]).toBeInstanceOf(WgCaseSelectEvent);
  });

  it('draws XYZ tiles under the units when tile-url is set, and refuses non-http templates', async () => {
    const el = await mounted({ 'tile-url': '/tiles/{z}/{x}/{y}.png' });
    const images = [...shadow(el).querySelectorAll('image')];
    expect(images.length).toBeGreaterThan(0);
    const href = images[0]?.getAttribute('href') ?? '';
    const m = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(href);
    expect(m).not.toBeNull();
    // Taiyuan (112.5° E, 37.8° N) at the tile zoom shown.
    const z = Number(m?.[1]);
    const x = Number(m?.[2]);
    expect(Math.abs(x - ((112.56 + 180) / 360) * 2 ** z)).toBeLessThan(4);
    el.tileUrl = 'javascript:alert(1)//{z}/{x}/{y}';
    await settled(el);
    expect(shadow(el).querySelectorAll('image')).toHaveLength(0);
    el.tileUrl = '//tiles.example/{z}/{x}/{y}.png';
    await settled(el);
    expect(shadow(el).querySelectorAll('image')).toHaveLength(0);
    el.tileUrl = 'https://tiles.example/{z}/{x}/{y}.png';
    await settled(el);
    expect(shadow(el).querySelector('image')?.getAttribute('href')).toMatch(
      /^https:\/\/tiles\.example\/\d+\/\d+\/\d+\.png$/,
    );
  });
});

describe('<wg-grid-map> colours by value', () => {
  const id = (i: number) => grids[i]?.properties.id ?? '';
  const street = (i: number) => ofLevel('street')[i]?.properties.id ?? '';
  // Four grids with values (0 among them), one null, every other grid without an entry.
  const values = () => ({
    [id(0)]: 0.9,
    [id(1)]: 0.5,
    [id(2)]: 0,
    [id(3)]: 0.7,
    [id(4)]: null,
    [street(0)]: 0.75,
    [street(1)]: null,
  });

  async function byValue(attrs: Record<string, string> = {}): Promise<WgGridMap> {
    const el = await mounted({ levels: 'grid', 'color-by': 'value', ...attrs });
    el.values = values();
    await settled(el);
    return el;
  }

  it('shades the units by their value, strongest for the worst, and hatches those without', async () => {
    const el = await mounted({ levels: 'grid' });
    const before = unitPaths(el);
    el.colorBy = 'value';
    el.values = values();
    await settled(el);
    const drawn = drawnUnits(el);
    // Higher is better: 0.9 is the best (b1), 0 the worst (b4); 0 is a value, not "no data".
    expect(drawn.get(id(0))).toBe('unit b1');
    expect(drawn.get(id(3))).toBe('unit b1');
    expect(drawn.get(id(1))).toBe('unit b2');
    expect(drawn.get(id(2))).toBe('unit b4');
    expect(drawn.get(id(4))).toBe('unit b0');
    expect(drawn.get(id(5))).toBe('unit b0');
    const fill = (unitId: string) => {
      const unit = geometry.byId.get(unitId);
      const d = unit ? geometry.path(unit, 1) : '-';
      const path = unitPaths(el).find((p) => p.getAttribute('d')?.includes(d));
      return path ? getComputedStyle(path).fill : '';
    };
    // No data is the hatching pattern (with the surface as its fallback), 0 a colour.
    expect(fill(id(4))).toBe('url("#no-data") rgb(255, 255, 255)');
    expect(fill(id(2))).toMatch(/^(rgb|color)\(/);
    expect(fill(id(2))).not.toBe(fill(id(0)));
    // The pattern exists in the map's SVG and is scaled like the units' strokes.
    const pattern = shadow(el).querySelector('pattern#no-data');
    const group = unitPaths(el)[0]?.parentElement;
    expect(pattern?.getAttribute('patternTransform')).toBe(
      `scale(${group?.getAttribute('stroke-width') ?? ''})`,
    );
    // Recoloured on the same path elements.
    before.forEach((path, i) => {
      expect(unitPaths(el)[i]).toBe(path);
    });
    el.valueDirection = 'lower-better';
    await settled(el);
    const flipped = drawnUnits(el);
    expect(flipped.get(id(0))).toBe('unit b4');
    expect(flipped.get(id(2))).toBe('unit b1');
    expect(flipped.get(id(4))).toBe('unit b0');
  });

  it('explains the scale in its legend: the label, ranges best first, no data', async () => {
    const el = await byValue({ 'value-label': '按期结案率', 'value-format': 'percent' });
    const legend = q(el, '[part="legend"]');
    expect(text(legend.querySelector('.legend-title'))).toBe('按期结案率');
    const entries = [...legend.querySelectorAll('.legend-entry')];
    expect(entries.map((e) => text(e))).toEqual([
      '67.5%–90.0%',
      '45.0%–67.5%',
      '22.5%–45.0%',
      '0.0%–22.5%',
      '无数据',
    ]);
    expect(entries.map((e) => e.querySelector('.swatch')?.className)).toEqual([
      'swatch b1',
      'swatch b2',
      'swatch b3',
      'swatch b4',
      'swatch no-data',
    ]);
    expect(getComputedStyle(entries[4]!.querySelector('.swatch')!).backgroundImage).toContain(
      'repeating-linear-gradient',
    );
    expect(text(legend.querySelector('.legend-note'))).toBe('颜色越浓越差');
    el.valueDirection = 'lower-better';
    el.valueFormat = 'number';
    await settled(el);
    expect([...legend.querySelectorAll('.legend-entry')].map((e) => text(e))[0]).toBe('0–0.2');
  });

  it('shows each unit’s value in the tree, spoken with what it measures', async () => {
    const el = await byValue({ 'value-label': '按期结案率', 'value-format': 'percent' });
    const row = (unitId: string) => treeItems(el).find((r) => r.dataset.key === unitId);
    expect(text(row(street(0))?.querySelector('.value'))).toBe('75.0%');
    expect(text(row(street(0))?.querySelector('.visually-hidden'))).toBe(', 按期结案率：75.0%');
    expect(text(row(street(1))?.querySelector('.value'))).toBe('—');
    expect(text(row(street(1))?.querySelector('.visually-hidden'))).toBe(', 按期结案率：无数据');
    expect(row(street(0))?.querySelector('.counts')).toBeNull();
    el.selected = id(2);
    await settled(el);
    expect(text(row(id(2))?.querySelector('.visually-hidden'))).toBe(', 按期结案率：0.0%');
    el.lang = 'en';
    el.valueLabel = 'On-time rate';
    await settled(el);
    expect(text(row(id(2))?.querySelector('.visually-hidden'))).toBe(', On-time rate: 0.0%');
    expect(text(q(el, '[part="legend"] .legend-note'))).toBe('The stronger the colour, the worse');
  });

  it('takes a Map, ignores what is not a number, and never sums children', async () => {
    const el = await mounted({ levels: 'grid', 'color-by': 'value' });
    el.values = new Map<string, number | null>([
      [id(0), 3],
      [id(1), Number.NaN],
      [id(2), '7' as unknown as number],
    ]);
    await settled(el);
    const drawn = drawnUnits(el);
    expect(drawn.get(id(0))).toBe('unit b1');
    expect(drawn.get(id(1))).toBe('unit b0');
    expect(drawn.get(id(2))).toBe('unit b0');
    const legend = [...q(el, '[part="legend"]').querySelectorAll('.legend-entry')];
    expect(legend.map((e) => text(e))).toEqual(['3', '无数据']);
    // Streets have no entry: no data, whatever their grids hold.
    expect(text(treeItems(el)[0]?.querySelector('.value'))).toBe('—');
  });

  it('hatches units without data on a canvas too', async () => {
    const big = squareLayer({ side: 25, communities: 4, streets: 1 });
    const el = await mounted({ levels: 'grid', 'color-by': 'value' }, big);
    expect(el.usesCanvas).toBe(true);
    const ids = big.features
      .filter((f) => f.properties.level === 'grid')
      .map((f) => f.properties.id);
    el.values = Object.fromEntries(ids.map((g, i) => [g, i % 3 === 0 ? null : i % 7]));
    await settled(el);
    await frame();
    const canvas = q(el, 'canvas') as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4 * 53) {
      colours.add(`${String(pixels[i])},${String(pixels[i + 1])},${String(pixels[i + 2])}`);
    }
    // Four shades, the hatching's two colours, the strokes: many distinct colours.
    expect(colours.size).toBeGreaterThan(5);
  });

  it('is themed by the dark tokens, and has no axe-core violations', async () => {
    const provider = mount(document.createElement('wg-district'));
    provider.setAttribute('theme', 'dark');
    const el = create({ levels: 'grid', 'color-by': 'value', 'value-format': 'percent' });
    el.layer = layer;
    el.values = values();
    mount(el, provider);
    await laidOut(el);
    const hatch = shadow(el).querySelector('.hatch-background');
    expect(getComputedStyle(hatch!).fill).toBe('rgb(22, 27, 34)');
    for (const target of [provider, await byValue({ 'value-label': '返工率' })]) {
      const violations = await axeViolations(target);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });
});

describe('<wg-grid-map> tree', () => {
  it('is an ARIA tree with one row in the tab order and full keyboard navigation', async () => {
    const el = await mounted();
    const tree = q(el, '[role="tree"]');
    expect(tree.getAttribute('aria-label')).toBe('网格列表');
    let rows = treeItems(el);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(rows[0]?.getAttribute('aria-level')).toBe('1');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('7');
    expect(rows[0]?.getAttribute('aria-expanded')).toBe('false');
    const focused = () => shadow(el).activeElement as HTMLElement | null;
    rows[0]?.focus();
    key(focused()!, 'ArrowDown');
    await settled(el);
    expect(focused()).toBe(rows[1]);
    expect(rows[1]?.tabIndex).toBe(0);
    expect(rows[0]?.tabIndex).toBe(-1);
    key(focused()!, 'End');
    await settled(el);
    expect(focused()).toBe(rows[6]);
    key(focused()!, 'Home');
    await settled(el);
    expect(focused()).toBe(rows[0]);
    key(focused()!, 'ArrowRight');
    await settled(el);
    expect(rows[0]?.getAttribute('aria-expanded')).toBe('true');
    rows = treeItems(el);
    expect(rows.length).toBeGreaterThan(7);
    expect(rows[1]?.getAttribute('aria-level')).toBe('2');
    key(focused()!, 'ArrowRight');
    await settled(el);
    expect(focused()).toBe(rows[1]);
    key(focused()!, 'ArrowLeft');
    await settled(el);
    expect(focused()).toBe(rows[0]);
    key(focused()!, 'ArrowLeft');
    await settled(el);
    expect(treeItems(el)).toHaveLength(7);
    // Type-ahead: the next street whose name starts with the character typed.
    const names = treeItems(el).map((r) => text(r.querySelector('.name')));
    const target = names.findIndex((n, i) => i > 0 && !n.startsWith(names[0]?.[0] ?? ''));
    key(focused()!, names[target]?.[0] ?? '');
    await settled(el);
    expect(text(focused()?.querySelector('.name'))[0]).toBe(names[target]?.[0]);
  });

  it('selects with Enter, which is the same as selecting on the map', async () => {
    const events = collect<WgGridSelectEvent>('wg-grid-select');
    const el = await mounted();
    const first = treeItems(el)[0]!;
    first.focus();
    key(first, 'ArrowRight');
    await settled(el);
    key(first, 'ArrowDown');
    await settled(el);
    const community = shadow(el).activeElement as HTMLElement;
    key(community, 'Enter');
    await settled(el);
    expect(events).toHaveLength(1);
    expect(events[0]?.unitId).toBe(community.dataset.key);
    expect(events[0]?.level).toBe('community');
    expect(el.selected).toBe(community.dataset.key);
    expect(community.getAttribute('aria-selected')).toBe('true');
    expect(shadow(el).querySelector('path.selected')).not.toBeNull();
    // The map frames the chosen unit.
    expect(el.zoom).toBeGreaterThan(1);
    key(community, ' ');
    expect(events).toHaveLength(2);
  });

  it('pages long lists of siblings with a "show more" row', async () => {
    const big = squareLayer({ side: 12, communities: 1, streets: 1 });
    const el = await mounted({}, big);
    const street = treeItems(el)[0]!;
    street.focus();
    key(street, 'ArrowRight');
    await settled(el);
    key(street, 'ArrowDown');
    await settled(el);
    key(shadow(el).activeElement!, 'ArrowRight');
    await settled(el);
    let rows = treeItems(el);
    expect(rows).toHaveLength(2 + 100 + 1);
    const more = rows.at(-1)!;
    expect(text(more)).toBe('显示更多（还有 44 项）');
    more.focus();
    key(more, 'Enter');
    await settled(el);
    await settled(el);
    rows = treeItems(el);
    expect(rows).toHaveLength(2 + 144);
    expect((shadow(el).activeElement as HTMLElement).dataset.key).toBe(rows[102]?.dataset.key);
  });
});

describe('<wg-grid-map> language, canvas, accessibility', () => {
  it('speaks the language of an ancestor and switches with the page', async () => {
    const section = mount(document.createElement('section'));
    section.lang = 'en';
    const el = create();
    el.layer = layer;
    mount(el, section);
    await settled(el);
    expect(q(el, '[part="zoom-in"]').getAttribute('aria-label')).toBe('Zoom in');
    expect(q(el, '[role="tree"]').getAttribute('aria-label')).toBe('Grid list');
    expect(viewport(el).getAttribute('aria-roledescription')).toBe('map');
    section.removeAttribute('lang');
    document.documentElement.lang = 'zh-CN';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(q(el, '[part="zoom-in"]').getAttribute('aria-label')).toBe('放大');
    expect(text(q(el, '#instructions'))).toContain('方向键平移');
    el.lang = 'en';
    await settled(el);
    expect(text(q(el, '#instructions'))).toContain('Arrow keys pan');
  });

  it('paints a very large layer on a canvas and still selects through the grid index', async () => {
    const big = squareLayer({ side: 25, communities: 4, streets: 1 });
    expect(big.features.length).toBeGreaterThanOrEqual(10_000);
    const events = collect<WgGridSelectEvent>('wg-grid-select');
    const el = await mounted({ levels: 'grid' }, big);
    expect(el.usesCanvas).toBe(true);
    expect(unitPaths(el)).toHaveLength(0);
    const canvas = q(el, 'canvas') as HTMLCanvasElement;
    expect(canvas.hidden).toBe(false);
    expect(canvas.width).toBeGreaterThan(0);
    const ctx = canvas.getContext('2d')!;
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4 * 97) if ((pixels[i] ?? 0) > 0) painted += 1;
    expect(painted).toBeGreaterThan(100);
    const bigGeometry = MapGeometry.fromLayer(big);
    const [s, tx, ty] = transformOf(el);
    const [bx, by] = bigGeometry.toBase(112.5 + 0.0005 + 0.003, 37.8 + 0.0005 + 0.002);
    click(el, bx * s + tx, by * s + ty);
    expect(events[0]?.unitId).toBe('g-0-0-2-3');
    el.counts = { 'g-0-0-2-3': { open: 5, overdue: 0 } };
    await settled(el);
    expect(el.usesCanvas).toBe(true);
  });

  it('switches to a canvas for many markers', async () => {
    const el = await mounted({});
    el.markers = spreadMarkers(layer, 5000);
    await settled(el);
    expect(el.usesCanvas).toBe(true);
    expect(shadow(el).querySelectorAll('.cluster').length).toBeGreaterThan(0);
  });

  it.each([
    ['the map and the tree', {}],
    ['pick mode', { mode: 'pick' }],
    ['a forced level with counts and markers', { levels: 'grid', counts: 'yes' }],
  ])('has no axe-core violations: %s', async (_name, attrs: Record<string, string>) => {
    const { counts, ...rest } = attrs;
    const el = await mounted(rest);
    if (counts) {
      el.counts = Object.fromEntries(
        grids.map((g, i) => [g.properties.id, { open: i % 5, overdue: i % 2 }]),
      );
      el.markers = spreadMarkers(layer, 40);
      el.selected = grids[0]?.properties.id ?? '';
    }
    await settled(el);
    const row = treeItems(el)[0]!;
    row.focus();
    key(row, 'ArrowRight');
    await settled(el);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it.each([
    ['the error state', { type: 'Feature' }],
    ['the empty state', undefined],
  ])('has no axe-core violations in %s', async (_name, data) => {
    const el = create();
    el.layer = data;
    mount(el);
    await settled(el);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('is themed by the dark tokens of <wg-district theme="dark">', async () => {
    const light = await mounted({ levels: 'grid' });
    const provider = mount(document.createElement('wg-district'));
    provider.setAttribute('theme', 'dark');
    const dark = create({ levels: 'grid' });
    dark.layer = layer;
    mount(dark, provider);
    await settled(dark);
    const fill = (el: WgGridMap) => getComputedStyle(unitPaths(el)[0]!).fill;
    expect(fill(dark)).not.toBe(fill(light));
    expect(fill(dark)).toBe('rgb(22, 27, 34)');
  });
});
