import { BUCKETS } from './map-colors.js';
import type { LevelShapes } from './map-geometry.js';
import type { MapTransform, MapViewport } from './map-view.js';

/** The resolved colours the canvas paints with (CSS colour strings, or the no-data hatching). */
export interface CanvasColors {
  readonly buckets: readonly (string | CanvasPattern)[];
  readonly stroke: string;
}

/**
 * What the canvas shows: the units of one level with their buckets. Outlines, highlights and
 * markers are few, and stay in the SVG over the canvas.
 */
export interface CanvasScene {
  /** The level's units (`shapes.units`) in the base frame. */
  readonly shapes: LevelShapes;
  /** The bucket of each unit, in the same order. */
  readonly buckets: Uint8Array;
  readonly colors: CanvasColors;
}

/**
 * Units per path. Chrome's canvas builds one large path in time worse than linear (20,000 units
 * in one path: 2 s; one path each: 70 ms, for the fill and stroke calls), and a few dozen per
 * path is fastest (about 26 ms for 20,000 here).
 */
const BATCH = 32;

function traceUnit(
  ctx: CanvasRenderingContext2D,
  shapes: LevelShapes,
  i: number,
  t: MapTransform,
): void {
  const { coords, rings, unitRings } = shapes;
  const last = unitRings[i + 1] ?? 0;
  for (let r = unitRings[i] ?? 0; r < last; r += 1) {
    const from = rings[r] ?? 0;
    const to = rings[r + 1] ?? 0;
    for (let v = from; v < to; v += 1) {
      const x = (coords[2 * v] ?? 0) * t.s + t.tx;
      const y = (coords[2 * v + 1] ?? 0) * t.s + t.ty;
      if (v === from) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  }
}

function onScreen(shapes: LevelShapes, i: number, t: MapTransform, viewport: MapViewport): boolean {
  const b = shapes.boxes;
  return !(
    (b[4 * i + 2] ?? 0) * t.s + t.tx < 0 ||
    (b[4 * i] ?? 0) * t.s + t.tx > viewport.width ||
    (b[4 * i + 3] ?? 0) * t.s + t.ty < 0 ||
    (b[4 * i + 1] ?? 0) * t.s + t.ty > viewport.height
  );
}

/**
 * Paints a level's units on a canvas, for layers too large for SVG. Units are painted bucket by
 * bucket (one colour change per bucket), a batch of units per path (see {@link BATCH}), which
 * makes 20,000 units a matter of milliseconds. Overlapping units would cancel each other under
 * the even-odd rule inside one path, so the ordinary units are painted first and those inside
 * exclusive grids (专属网格) in a second pass over them; within each pass the units tile and do
 * not overlap, and even-odd keeps their holes. Units off the viewport are skipped.
 */
export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: CanvasScene,
  t: MapTransform,
  viewport: MapViewport,
  dpr: number,
): void {
  const { shapes, buckets, colors } = scene;
  const units = shapes.units;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, viewport.width, viewport.height);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.stroke;
  for (const exclusive of [false, true]) {
    for (let b = 0; b <= BUCKETS; b += 1) {
      ctx.fillStyle = colors.buckets[b] ?? colors.buckets[0] ?? 'transparent';
      let open = 0;
      for (let i = 0; i < units.length; i += 1) {
        const unit = units[i];
        if (!unit) continue;
        if (unit.exclusive !== exclusive || buckets[i] !== b) continue;
        if (!onScreen(shapes, i, t, viewport)) continue;
        if (open === 0) ctx.beginPath();
        traceUnit(ctx, shapes, i, t);
        open += 1;
        if (open === BATCH) {
          ctx.fill('evenodd');
          ctx.stroke();
          open = 0;
        }
      }
      if (open > 0) {
        ctx.fill('evenodd');
        ctx.stroke();
      }
    }
  }
}
