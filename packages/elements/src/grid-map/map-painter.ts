import type { CoordinateSystem } from '@wangge/core';
import { render } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { drawScene, type CanvasColors } from './canvas-renderer.js';
import type { LevelColors } from './grid-map-model.js';
import { BUCKETS } from './map-colors.js';
import type { MapGeometry, MapLevel, MapUnit } from './map-geometry.js';
import { markersTemplate, pinTemplate, tilesTemplate } from './map-overlay.js';
import { tileOffset, visibleTiles } from './map-tiles.js';
import type { MapTransform, MapViewport } from './map-view.js';
import { clusterMarkers, type MarkerCluster, type PlacedMarker } from './marker-clusters.js';

/** Everything a frame of the map depends on. */
export interface MapFrame {
  readonly geometry: MapGeometry;
  readonly transform: MapTransform;
  readonly viewport: MapViewport;
  /** Whether `viewport` was measured (else it is a guess, and the canvas waits for the size). */
  readonly measured: boolean;
  /** How much larger the rendered unit paths' coordinates are than the base frame's. */
  readonly pathScale: number;
  readonly placed: readonly PlacedMarker[];
  /** The pin, in the base frame. */
  readonly pin: readonly [number, number] | undefined;
  readonly tileUrl: string;
  readonly tileSystem: CoordinateSystem | undefined;
  /**
   * The units drawn as SVG (undefined when they are on the canvas): the level's units, their
   * path data and their colour buckets, in the same (`unitsAt`) order.
   */
  readonly svgUnits:
    | {
        readonly units: readonly MapUnit[];
        readonly paths: readonly string[];
        readonly buckets: Uint8Array;
      }
    | undefined;
  /**
   * Set when the units are painted on the canvas; `noData` when bucket 0 means "no data"
   * (colouring by value), painted hatched.
   */
  readonly canvas:
    | { readonly level: MapLevel; readonly colors: LevelColors; readonly noData: boolean }
    | undefined;
}

type Colors = CanvasColors & { readonly key: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const NONE: readonly string[] = [];
const NO_BUCKETS = new Uint8Array(0);
const NO_UNITS: readonly MapUnit[] = [];

/**
 * Units per SVG path, as on the canvas (see `drawScene`): one element per unit costs a first
 * frame of Yingze's 2,568 micro-grids about 20 ms more of the main thread than paths of 32, for
 * the elements' creation, style, layout and paint (the same polygons, 45 ms of the renderer's
 * time against 15 to 19 ms for paths of 16 to 256 units, 18 to 20 ms for a single path).
 */
export const SVG_BATCH = 32;

/** The `class` of a path of units by bucket. */
const CLASSES = Array.from({ length: BUCKETS + 1 }, (_, b) => `unit b${String(b)}`);

/** One SVG path of units of one colour. */
interface UnitBatch {
  readonly cls: string;
  readonly d: string;
}

/**
 * The paths that draw a level's units: the ordinary units first and those inside exclusive
 * grids (专属网格) after, over them, as on the canvas; within each, colour by colour, up to
 * {@link SVG_BATCH} units per path, in layer order. Units tile within each pass, so the order
 * of the colours changes nothing on screen: every border is stroked in full by each unit that
 * has it, and the fill of a later path never covers more than half of a stroke before it.
 */
export function unitBatches(
  units: readonly MapUnit[],
  paths: readonly string[],
  buckets: Uint8Array,
): UnitBatch[] {
  const batches: UnitBatch[] = [];
  for (const exclusive of [false, true]) {
    for (let b = 0; b <= BUCKETS; b += 1) {
      const cls = CLASSES[b] ?? 'unit b0';
      let d = '';
      let count = 0;
      for (let i = 0; i < paths.length; i += 1) {
        const path = paths[i];
        if (!path || (buckets[i] ?? 0) !== b || (units[i]?.exclusive ?? false) !== exclusive)
          continue;
        d += path;
        count += 1;
        if (count === SVG_BATCH) {
          batches.push({ cls, d });
          d = '';
          count = 0;
        }
      }
      if (count > 0) batches.push({ cls, d });
    }
  }
  return batches;
}

/**
 * Puts a view of the map on screen without going through the element's render: the unit paths,
 * the transforms of the layers (so that a pan touches one attribute per layer, never a path),
 * the markers, pin and tiles (rendered with Lit straight into their groups), and the canvas.
 * Each part is redone only when what it shows changed.
 */
export class MapPainter {
  readonly tiles = createRef<SVGGElement>();
  readonly units = createRef<SVGGElement>();
  readonly highlights = createRef<SVGGElement>();
  readonly overlay = createRef<SVGGElement>();
  readonly canvas = createRef<HTMLCanvasElement>();
  readonly probe = createRef<HTMLSpanElement>();
  /** The SVG pattern of "no data" fills, scaled to keep its lines 6 CSS pixels apart. */
  readonly hatch = createRef<SVGPatternElement>();

  #unitsGroup: SVGGElement | undefined;
  #paths: readonly string[] = NONE;
  #buckets: Uint8Array = NO_BUCKETS;
  #batches: readonly UnitBatch[] = [];
  #placed: readonly PlacedMarker[] = [];
  #clusters: MarkerCluster[] = [];
  #clusterScale = NaN;
  #overlayKey: readonly unknown[] = [];
  #tilesKey = '';
  #canvasKey: readonly unknown[] = [];
  #colors: Colors = { buckets: [], stroke: '#59636e', key: '' };
  #colorsStale = true;
  #colorsNoData = false;

  /** Whether unit paths are on screen (they are not before the first paint, nor on a canvas). */
  get hasUnits(): boolean {
    return (this.units.value?.childElementCount ?? 0) > 0;
  }

  /** The marker clusters of the last frame. */
  get clusters(): readonly MarkerCluster[] {
    return this.#clusters;
  }

  /** Colours are read again before the next canvas paint (the page's theme may have changed). */
  restyle(): void {
    this.#colorsStale = true;
  }

  paint(frame: MapFrame): void {
    const { geometry, transform: t, viewport } = frame;
    this.#renderUnits(frame.svgUnits);
    const paths = `translate(${String(t.tx)} ${String(t.ty)}) scale(${String(t.s / frame.pathScale)})`;
    // Path units per CSS pixel, for strokes of constant width (see the styles): the units'
    // stroke width as an attribute of their group, `--_u` for the highlights. Either change
    // restyles every path below it, so it is rounded to three digits (strokes within half a
    // percent of their width) and written only when it changes: a pan, or a resize by a
    // fraction of a pixel, keeps it.
    const perPixel = String(Number((frame.pathScale / t.s).toPrecision(3)));
    const units = this.units.value;
    if (units) {
      units.setAttribute('transform', paths);
      if (units.getAttribute('stroke-width') !== perPixel)
        units.setAttribute('stroke-width', perPixel);
    }
    const hatch = this.hatch.value;
    if (hatch && hatch.getAttribute('patternTransform') !== `scale(${perPixel})`)
      hatch.setAttribute('patternTransform', `scale(${perPixel})`);
    const highlights = this.highlights.value;
    if (highlights) {
      highlights.setAttribute('transform', paths);
      if (highlights.style.getPropertyValue('--_u') !== perPixel)
        highlights.style.setProperty('--_u', perPixel);
    }
    this.tiles.value?.setAttribute('transform', `translate(${t.tx} ${t.ty}) scale(${t.s})`);
    const overlay = this.overlay.value;
    overlay?.setAttribute('transform', `translate(${t.tx} ${t.ty})`);
    if (t.s !== this.#clusterScale || frame.placed !== this.#placed) {
      this.#clusters = clusterMarkers(frame.placed, t.s);
      this.#clusterScale = t.s;
      this.#placed = frame.placed;
    }
    const pin = frame.pin;
    const key = [this.#clusters, t.s, t.tx, t.ty, viewport, pin?.[0], pin?.[1]];
    if (overlay && key.some((k, i) => k !== this.#overlayKey[i])) {
      this.#overlayKey = key;
      const [markers, pins] = overlay.children;
      // Lit renders into any element; its typings only name HTMLElement.
      if (markers) render(markersTemplate(this.#clusters, t, viewport), markers as HTMLElement);
      if (pins) render(pinTemplate(pin && [pin[0] * t.s, pin[1] * t.s]), pins as HTMLElement);
    }
    const tiles = this.tiles.value;
    if (tiles && (frame.tileUrl || this.#tilesKey)) {
      const offset = tileOffset(geometry, frame.tileSystem);
      const list = visibleTiles(frame.tileUrl, geometry, t, viewport, offset);
      const tilesKey = list.map((tile) => tile.key + tile.href).join();
      if (tilesKey !== this.#tilesKey) {
        this.#tilesKey = tilesKey;
        render(tilesTemplate(list), tiles);
      }
    }
    // Painted once the real size is known (the resize observer reports it before the first
    // paint), not twice.
    if (frame.canvas && frame.measured) this.#draw(frame, frame.canvas);
  }

  /**
   * The paths of the units (see {@link unitBatches}), written by hand rather than by a Lit
   * template, on the same elements from one colouring or level to the next: a recolouring
   * rewrites the path data and class of the paths whose units changed, and adds or removes a
   * few paths when the number of batches changes.
   */
  #renderUnits(svg: MapFrame['svgUnits']): void {
    const group = this.units.value;
    if (!group) return;
    if (group !== this.#unitsGroup) {
      this.#unitsGroup = group;
      this.#paths = NONE;
      this.#buckets = NO_BUCKETS;
      this.#batches = [];
    }
    const paths = svg?.paths ?? NONE;
    const buckets = svg?.buckets ?? NO_BUCKETS;
    if (paths === this.#paths && buckets === this.#buckets) return;
    const batches = unitBatches(svg?.units ?? NO_UNITS, paths, buckets);
    const before = this.#batches;
    while (group.childElementCount > batches.length) group.lastElementChild?.remove();
    const existing = group.children;
    const kept = existing.length;
    const added = document.createDocumentFragment();
    batches.forEach(({ cls, d }, i) => {
      const old = i < kept ? existing[i] : undefined;
      if (old) {
        if (before[i]?.cls !== cls) old.setAttribute('class', cls);
        if (before[i]?.d !== d) old.setAttribute('d', d);
        return;
      }
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', cls);
      path.setAttribute('d', d);
      added.append(path);
    });
    group.append(added);
    this.#paths = paths;
    this.#buckets = buckets;
    this.#batches = batches;
  }

  #draw(frame: MapFrame, { level, colors, noData }: NonNullable<MapFrame['canvas']>): void {
    const canvas = this.canvas.value;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { geometry, transform: t, viewport } = frame;
    const dpr = globalThis.devicePixelRatio || 1;
    if (this.#colorsStale || noData !== this.#colorsNoData) {
      this.#colors = this.#resolveColors(ctx, noData, dpr);
      this.#colorsStale = false;
      this.#colorsNoData = noData;
    }
    const palette = this.#colors;
    const key = [geometry, level, colors, t.s, t.tx, t.ty, viewport, dpr, palette.key];
    if (key.every((k, i) => k === this.#canvasKey[i])) return;
    this.#canvasKey = key;
    const w = Math.round(viewport.width * dpr);
    const h = Math.round(viewport.height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const scene = {
      shapes: geometry.shapesAt(level),
      buckets: colors.buckets,
      colors: palette,
    };
    drawScene(ctx, scene, t, viewport, dpr);
  }

  // A canvas cannot use custom properties: each colour is resolved by letting the browser
  // compute it on a probe element, tokens of the page and of the dark theme included.
  #resolveColors(ctx: CanvasRenderingContext2D, noData: boolean, dpr: number): Colors {
    const probe = this.probe.value;
    if (!probe) return this.#colors;
    const resolve = (name: string) => {
      probe.style.setProperty('color', `var(${name})`);
      return getComputedStyle(probe).color;
    };
    const colors: string[] = [];
    for (let b = 0; b <= BUCKETS; b += 1) colors.push(resolve(`--_b${b}`));
    const buckets: (string | CanvasPattern)[] = [...colors];
    const stroke = resolve('--_stroke');
    let key = `${colors.join()} ${stroke}`;
    if (noData) {
      const background = resolve('--_no-data');
      const line = resolve('--_no-data-line');
      buckets[0] = hatching(ctx, background, line, dpr) ?? background;
      key += ` hatched ${background} ${line} ${String(dpr)}`;
    }
    return { buckets, stroke, key };
  }
}

/**
 * The canvas's "no data" fill: diagonal lines 6 CSS pixels apart over a background, as the SVG
 * pattern of the same name draws it.
 */
function hatching(
  ctx: CanvasRenderingContext2D,
  background: string,
  line: string,
  dpr: number,
): CanvasPattern | undefined {
  const size = Math.max(1, Math.round(6 * dpr));
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const c = tile.getContext('2d');
  if (!c) return undefined;
  c.fillStyle = background;
  c.fillRect(0, 0, size, size);
  c.strokeStyle = line;
  c.lineWidth = 1.25 * dpr;
  c.beginPath();
  c.moveTo(0, size);
  c.lineTo(size, 0);
  c.moveTo(-size / 2, size / 2);
  c.lineTo(size / 2, -size / 2);
  c.moveTo(size / 2, size * 1.5);
  c.lineTo(size * 1.5, size / 2);
  c.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  // The scene is drawn scaled by the device pixel ratio; the tile is in device pixels already.
  pattern?.setTransform(new DOMMatrix().scale(1 / dpr));
  return pattern ?? undefined;
}
