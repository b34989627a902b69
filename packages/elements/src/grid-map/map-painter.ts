import type { CoordinateSystem } from '@wangge/core';
import { render } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { drawScene, type CanvasColors } from './canvas-renderer.js';
import type { LevelColors } from './grid-map-model.js';
import { BUCKETS } from './map-colors.js';
import type { MapGeometry, MapLevel } from './map-geometry.js';
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
  /** The SVG paths of the units and their classes (undefined when they are on the canvas). */
  readonly svgUnits:
    { readonly paths: readonly string[]; readonly classes: readonly string[] } | undefined;
  /** Set when the units are painted on the canvas. */
  readonly canvas: { readonly level: MapLevel; readonly colors: LevelColors } | undefined;
}

type Colors = CanvasColors & { readonly key: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const NONE: readonly string[] = [];

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

  #unitsGroup: SVGGElement | undefined;
  #paths: readonly string[] = NONE;
  #classes: readonly string[] = NONE;
  #placed: readonly PlacedMarker[] = [];
  #clusters: MarkerCluster[] = [];
  #clusterScale = NaN;
  #overlayKey: readonly unknown[] = [];
  #tilesKey = '';
  #canvasKey: readonly unknown[] = [];
  #colors: Colors = { buckets: [], stroke: '#59636e', key: '' };
  #colorsStale = true;

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
    this.#renderUnits(frame.svgUnits?.paths ?? NONE, frame.svgUnits?.classes ?? NONE);
    const paths = `translate(${t.tx} ${t.ty}) scale(${t.s / frame.pathScale})`;
    const perPixel = String(frame.pathScale / t.s);
    for (const group of [this.units.value, this.highlights.value]) {
      if (!group) continue;
      group.setAttribute('transform', paths);
      // Path units per CSS pixel, for strokes of constant width (see the styles).
      if (group.style.getPropertyValue('--_u') !== perPixel)
        group.style.setProperty('--_u', perPixel);
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
    if (frame.canvas && frame.measured) this.#draw(frame, frame.canvas.level, frame.canvas.colors);
  }

  /**
   * One `<path>` per unit, written by hand rather than by a Lit template: thousands of template
   * instances cost several times what `createElementNS` does, and recolouring must only touch
   * the `class` of the paths whose colour changed, on the same elements. Paths are reused by
   * position when the level changes.
   */
  #renderUnits(paths: readonly string[], classes: readonly string[]): void {
    const group = this.units.value;
    if (!group) return;
    if (group !== this.#unitsGroup) {
      this.#unitsGroup = group;
      this.#paths = NONE;
      this.#classes = NONE;
    }
    if (paths === this.#paths && classes === this.#classes) return;
    const newPaths = paths !== this.#paths;
    const before = this.#classes;
    while (group.childElementCount > paths.length) group.lastElementChild?.remove();
    const existing = group.children;
    const kept = existing.length;
    const added = document.createDocumentFragment();
    for (let i = 0; i < paths.length; i += 1) {
      const cls = classes[i] ?? 'unit b0';
      const old = i < kept ? existing[i] : undefined;
      if (old) {
        if (newPaths) old.setAttribute('d', paths[i] ?? '');
        if (newPaths || before[i] !== cls) old.setAttribute('class', cls);
        continue;
      }
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', cls);
      path.setAttribute('d', paths[i] ?? '');
      added.append(path);
    }
    group.append(added);
    this.#paths = paths;
    this.#classes = classes;
  }

  #draw(frame: MapFrame, level: MapLevel, colors: LevelColors): void {
    const canvas = this.canvas.value;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { geometry, transform: t, viewport } = frame;
    if (this.#colorsStale) {
      this.#colors = this.#resolveColors();
      this.#colorsStale = false;
    }
    const dpr = globalThis.devicePixelRatio || 1;
    const palette = this.#colors;
    const key = [geometry, level, colors, t.s, t.tx, t.ty, viewport, dpr, palette.key];
    if (key.every((k, i) => k === this.#canvasKey[i])) return;
    this.#canvasKey = key;
    const w = Math.round(viewport.width * dpr);
    const h = Math.round(viewport.height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const scene = {
      geometry,
      units: geometry.unitsAt(level),
      buckets: colors.buckets,
      colors: palette,
    };
    drawScene(ctx, scene, t, viewport, dpr);
  }

  // A canvas cannot use custom properties: each colour is resolved by letting the browser
  // compute it on a probe element, tokens of the page and of the dark theme included.
  #resolveColors(): Colors {
    const probe = this.probe.value;
    if (!probe) return this.#colors;
    const resolve = (name: string) => {
      probe.style.setProperty('color', `var(${name})`);
      return getComputedStyle(probe).color;
    };
    const buckets: string[] = [];
    for (let b = 0; b <= BUCKETS; b += 1) buckets.push(resolve(`--_b${b}`));
    const stroke = resolve('--_stroke');
    return { buckets, stroke, key: `${buckets.join()} ${stroke}` };
  }
}
