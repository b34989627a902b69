import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import type { GridMapModel } from './grid-map-model.js';
import type { MapGeometry, MapLevel } from './map-geometry.js';
import { MapGestures } from './map-gestures.js';
import { mapCommand } from './map-keys.js';
import { MapPainter, type MapFrame } from './map-painter.js';
import {
  decimalsAt,
  frameBox,
  homeView,
  levelAt,
  panBy,
  toBase,
  transformOf,
  zoomAround,
  type MapTransform,
  type MapView,
  type MapViewport,
} from './map-view.js';
import { clusterAt, type MarkerCluster } from './marker-clusters.js';

/** Sizes that differ by less than this (CSS pixels) are the same. */
const SAME_SIZE = 0.01;

/** What the map's element tells its controller, and what it is told back. */
export interface MapControllerOptions {
  readonly model: GridMapModel;
  /** The levels the map may show now. */
  readonly allowedLevels: (geometry: MapGeometry) => readonly MapLevel[];
  /** What a frame shows besides the view (pin, tiles, canvas). */
  readonly frame: () => Omit<
    MapFrame,
    'geometry' | 'transform' | 'viewport' | 'measured' | 'placed'
  >;
  /**
   * The level and path precision the view calls for, after each paint; `byUser` is false when
   * it follows an update of the element (data, size) rather than a pan or zoom.
   */
  readonly onLevel: (level: MapLevel | undefined, decimals: number, byUser: boolean) => void;
  /** A click, a tap, or Enter or Space at the crosshair, at a viewport pixel. */
  readonly onActivate: (x: number, y: number) => void;
  /** The pointer rests over a pixel (undefined when it leaves the map). */
  readonly onHover: (at: readonly [number, number] | undefined) => void;
  /** The keyboard moved the view; the crosshair is at this pixel. */
  readonly onKeyboardMove: (x: number, y: number) => void;
}

/**
 * The map's interactive view: where it looks (`view`), how big it is, the gestures and keys that
 * move it, and painting each frame. Gestures repaint at most once per animation frame; keys,
 * buttons and method calls at once.
 */
export class MapController implements ReactiveController {
  readonly painter = new MapPainter();
  readonly viewportRef = createRef<HTMLDivElement>();
  readonly gestures: MapGestures;
  /** The wheel listener (not passive, so that the page does not scroll under the map). */
  readonly wheel: { handleEvent: (event: WheelEvent) => void; passive: false };
  view: MapView = { k: 1, cx: 0, cy: 0 };
  viewport: MapViewport = { width: 0, height: 0 };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: MapControllerOptions;
  #observed: Element | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #frame = 0;
  #hoverAt: [number, number] | undefined;
  #keyTimer: ReturnType<typeof setTimeout> | undefined;
  #inUpdate = false;
  #measured = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.gestures = new MapGestures({
      pan: (dx, dy) => {
        this.move((g) => panBy(this.view, dx, dy, g, this.viewport), false);
      },
      zoom: (factor, x, y) => {
        this.move((g) => zoomAround(this.view, factor, x, y, g, this.viewport), false);
      },
      tap: (x, y) => {
        options.onActivate(x, y);
      },
      hover: (x, y) => {
        this.#hoverAt = [x, y];
        this.#schedule();
      },
      leave: () => {
        this.#hoverAt = undefined;
        options.onHover(undefined);
      },
      settle: () => {
        this.#schedule();
      },
    });
    this.wheel = {
      handleEvent: (event: WheelEvent) => {
        this.gestures.onWheel(event);
      },
      passive: false,
    };
  }

  hostUpdate(): void {
    this.#inUpdate = true;
  }

  /** Guesses the viewport's size until it has been laid out. */
  estimateSize(): void {
    if (!this.#measured && this.viewport.width === 0) {
      // Before the viewport's first layout, the host's width is a close guess (its shadow root
      // is still empty, so reading it is cheap, and it has no height yet); the real size comes
      // before the first paint and corrects the level if need be.
      const box = this.#host.getBoundingClientRect();
      this.viewport = { width: box.width > 0 ? box.width : 800, height: 448 };
    }
  }

  hostUpdated(): void {
    const element = this.viewportRef.value;
    if (element && element !== this.#observed) {
      this.#observed = element;
      // A new viewport is measured now, before the painter puts a single path in it: laying
      // out the shadow tree without them is cheap (the frame needs that layout anyway), and
      // the first paint then has the real size, so the canvas is drawn at once and no later
      // correction restyles and lays out every path a second time in the same frame. Paths
      // already there (the element was moved) would all be laid out by reading the size: the
      // observer reports it then, after the frame's layout and before its paint.
      if (!this.#measured && !this.painter.hasUnits) this.#measure(element);
      this.#resizeObserver ??= new ResizeObserver((entries) => {
        const size = entries.at(-1)?.contentRect;
        if (!size) return;
        // The computed style and the observer may disagree in the last digits: a difference
        // far below a pixel is the same size.
        const changed =
          Math.abs(size.width - this.viewport.width) > SAME_SIZE ||
          Math.abs(size.height - this.viewport.height) > SAME_SIZE;
        if (changed) this.viewport = { width: size.width, height: size.height };
        if (changed || !this.#measured) {
          this.#measured = true;
          this.apply(false);
        }
      });
      this.#resizeObserver.disconnect();
      this.#resizeObserver.observe(element);
    }
    this.painter.restyle();
    this.apply(false);
    this.#inUpdate = false;
  }

  /** Reads the viewport's laid-out size (none while it is not rendered, e.g. `display: none`). */
  #measure(element: HTMLElement): void {
    // The used width and height, unlike getBoundingClientRect, are not scaled by transforms
    // of the page, and are what the resize observer reports.
    const style = getComputedStyle(element);
    const width = Number.parseFloat(style.width);
    const height = Number.parseFloat(style.height);
    if (width > 0 && height > 0) {
      this.viewport = { width, height };
      this.#measured = true;
    }
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#observed = undefined;
    this.#measured = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#keyTimer);
  }

  /** The current view as a transform of the base frame. */
  transform(geometry: MapGeometry): MapTransform {
    return transformOf(this.view, geometry, this.viewport);
  }

  /** The position (layer's coordinate system) under a viewport pixel. */
  lonLatAt(geometry: MapGeometry, x: number, y: number): [number, number] {
    return geometry.toLonLat(...toBase(this.transform(geometry), x, y));
  }

  /** The marker cluster drawn under a viewport pixel. */
  clusterAt(geometry: MapGeometry, x: number, y: number): MarkerCluster | undefined {
    return clusterAt(this.painter.clusters, x, y, this.transform(geometry));
  }

  /** The level and precision the current view calls for. */
  levelOf(geometry: MapGeometry): { level: MapLevel | undefined; decimals: number } {
    const s = this.transform(geometry).s;
    return {
      level: levelAt(geometry, s, this.#options.allowedLevels(geometry)),
      decimals: decimalsAt(s),
    };
  }

  /** Sets the view that fits the whole layer, without painting (for a new layer). */
  home(geometry: MapGeometry): void {
    this.view = homeView(geometry);
  }

  /** Shows the whole layer again. */
  reset(): void {
    this.move((g) => homeView(g), true);
  }

  zoomBy(factor: number): void {
    const { width, height } = this.viewport;
    this.move((g) => zoomAround(this.view, factor, width / 2, height / 2, g, this.viewport), true);
  }

  frame(box: readonly [number, number, number, number]): void {
    this.move((g) => frameBox(box, g, this.viewport), true);
  }

  /** Moves the view: at once, or (gestures) at the next animation frame. */
  move(next: (geometry: MapGeometry) => MapView, now: boolean): void {
    const geometry = this.#options.model.geometry;
    if (!geometry) return;
    this.view = next(geometry);
    if (now) this.apply();
    else this.#schedule();
  }

  /**
   * Paints the view, and tells the element when the level or the precision must change;
   * `byUser` when a pan or zoom asked for it.
   */
  apply(byUser = true): void {
    const geometry = this.#options.model.geometry;
    if (!geometry) return;
    this.painter.paint({
      geometry,
      transform: this.transform(geometry),
      viewport: this.viewport,
      measured: this.#measured,
      placed: this.#options.model.placed,
      ...this.#options.frame(),
    });
    const { level, decimals } = this.levelOf(geometry);
    // Never a property change from inside an update: it would schedule another one.
    if (this.#inUpdate) {
      queueMicrotask(() => {
        this.#options.onLevel(level, decimals, false);
      });
    } else {
      this.#options.onLevel(level, decimals, byUser);
    }
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const command = mapCommand(event, this.viewport);
    if (!command || !this.#options.model.geometry) return;
    event.preventDefault();
    const { width, height } = this.viewport;
    if (command.kind === 'activate') {
      this.#options.onActivate(width / 2, height / 2);
      return;
    }
    if (command.kind === 'pan') {
      this.move((g) => panBy(this.view, command.dx, command.dy, g, this.viewport), true);
    } else if (command.kind === 'zoom') {
      this.zoomBy(command.factor);
    } else {
      this.reset();
    }
    // Say what is under the crosshair once the keys stop.
    clearTimeout(this.#keyTimer);
    this.#keyTimer = setTimeout(() => {
      this.#options.onKeyboardMove(width / 2, height / 2);
    }, 350);
  };

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.apply();
      const at = this.#hoverAt;
      this.#hoverAt = undefined;
      if (at) this.#options.onHover(at);
    });
  }
}
