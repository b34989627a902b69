import type { AreaGeometry, GridLayer, Position } from './grid-layer.js';
import {
  COVERS,
  BANDED,
  UNIT,
  BAND_ABOVE_EDGES,
  OUTSIDE,
  SLOT,
  SLOT_ITEMS,
  colIn,
  rowIn,
  isEdge,
  type BucketGrid,
} from './grid-index-layout.js';

// The build steps are small functions of their own rather than parts of the constructor: V8
// optimises a small hot loop early, where a long constructor would box every double it touches.

/** The units' vertices, interleaved, with each unit's first vertex and box (build only). */
export function packUnits(
  features: GridLayer['features'],
  order: Uint32Array,
): { coords: Float64Array; vertexStart: Uint32Array; boxes: Float64Array } {
  const count = order.length;
  let vertexCount = 0;
  for (let l = 0; l < count; l += 1) {
    let rings = 0;
    forEachRing(features[order[l] ?? 0]?.geometry, (ring) => {
      if (ring.length === 0) return;
      const first = ring[0];
      const last = ring[ring.length - 1];
      const closed = first?.[0] === last?.[0] && first?.[1] === last?.[1];
      vertexCount += ring.length + (closed ? 0 : 1) + (rings > 0 ? 1 : 0);
      rings += 1;
    });
  }
  const coords = new Float64Array(vertexCount * 2);
  const boxes = new Float64Array(count * 4);
  const vertexStart = new Uint32Array(count + 1);
  let v = 0;
  const packRing = (ring: readonly Position[], l: number) => {
    if (ring.length === 0) return;
    if (v > (vertexStart[l] ?? 0)) {
      coords[2 * v] = NaN;
      coords[2 * v + 1] = NaN;
      v += 1;
    }
    const first = v;
    let minX = boxes[l * 4] ?? 0;
    let minY = boxes[l * 4 + 1] ?? 0;
    let maxX = boxes[l * 4 + 2] ?? 0;
    let maxY = boxes[l * 4 + 3] ?? 0;
    for (const position of ring) {
      const x = position[0];
      const y = position[1];
      coords[2 * v] = x;
      coords[2 * v + 1] = y;
      v += 1;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    boxes[l * 4] = minX;
    boxes[l * 4 + 1] = minY;
    boxes[l * 4 + 2] = maxX;
    boxes[l * 4 + 3] = maxY;
    if (coords[2 * v - 2] !== coords[2 * first] || coords[2 * v - 1] !== coords[2 * first + 1]) {
      coords[2 * v] = coords[2 * first] ?? 0;
      coords[2 * v + 1] = coords[2 * first + 1] ?? 0;
      v += 1;
    }
  };
  for (let l = 0; l < count; l += 1) {
    vertexStart[l] = v;
    boxes[l * 4] = Infinity;
    boxes[l * 4 + 1] = Infinity;
    boxes[l * 4 + 2] = -Infinity;
    boxes[l * 4 + 3] = -Infinity;
    forEachRing(features[order[l] ?? 0]?.geometry, (ring) => {
      packRing(ring, l);
    });
  }
  vertexStart[count] = v;
  // The count above is exact, so the array holds no slack that `byteLength` would not see.
  return { coords, vertexStart, boxes };
}

/**
 * Row bands, for the units with many edges only: the edges that cross each row of the bucket
 * grid the unit spans. An edge outside the point's row lies wholly above or below the point
 * (rows are monotonic in y), so the band gives the same parity as the whole unit.
 */
export function buildBands(
  grid: BucketGrid,
  coords: Float64Array,
  vertexStart: Uint32Array,
  boxes: Float64Array,
): { banded: Uint8Array; slotOffset: Int32Array; rowStart: Uint32Array; rowEdges: Uint32Array } {
  const count = vertexStart.length - 1;
  const banded = new Uint8Array(count);
  const slotOffset = new Int32Array(count);
  let slots = 0;
  for (let l = 0; l < count; l += 1) {
    if ((vertexStart[l + 1] ?? 0) - (vertexStart[l] ?? 0) - 1 <= BAND_ABOVE_EDGES) continue;
    banded[l] = 1;
    const r0 = rowIn(grid, boxes[l * 4 + 1] ?? 0);
    const r1 = rowIn(grid, boxes[l * 4 + 3] ?? 0);
    slotOffset[l] = slots - r0;
    slots += r1 - r0 + 1;
  }
  const rowStart = new Uint32Array(slots + 1);
  let rowEdges = new Uint32Array(0);
  // Two passes over the same edges: count per slot, then fill.
  for (let pass = 0; pass < 2; pass += 1) {
    const fill = pass === 0 ? rowStart : rowStart.slice(0, slots);
    for (let l = 0; l < count; l += 1) {
      if (!banded[l]) continue;
      const offset = slotOffset[l] ?? 0;
      for (let e = vertexStart[l] ?? 0; e < (vertexStart[l + 1] ?? 0) - 1; e += 1) {
        if (!isEdge(coords, e)) continue;
        const ya = coords[2 * e + 1] ?? 0;
        const yb = coords[2 * e + 3] ?? 0;
        const a = rowIn(grid, ya < yb ? ya : yb);
        const b = rowIn(grid, ya < yb ? yb : ya);
        for (let r = a; r <= b; r += 1) {
          const slot = offset + r;
          if (pass === 0) {
            rowStart[slot + 1] = (rowStart[slot + 1] ?? 0) + 1;
          } else {
            rowEdges[fill[slot] ?? 0] = e;
            fill[slot] = (fill[slot] ?? 0) + 1;
          }
        }
      }
    }
    if (pass === 0) {
      for (let s = 0; s < slots; s += 1)
        rowStart[s + 1] = (rowStart[s + 1] ?? 0) + (rowStart[s] ?? 0);
      rowEdges = new Uint32Array(rowStart[slots] ?? 0);
    }
  }
  return { banded, slotOffset: slots > 0 ? slotOffset : new Int32Array(0), rowStart, rowEdges };
}

/** The (cell, candidate) pairs of the build, filled unit by unit in priority order. */
export interface CellPairs {
  readonly grid: BucketGrid;
  readonly coords: Float64Array;
  readonly vertexStart: Uint32Array;
  readonly boxes: Float64Array;
  readonly touched: Uint8Array;
  readonly stamp: Int32Array;
  readonly contains: (item: number, x: number, y: number, row: number) => boolean;
  cells: Uint32Array;
  items: Uint32Array;
  length: number;
}

// The cells one unit meets, appended to the pairs: those its edges touch (boundary), then those
// whose centre it contains while none of its edges touch them (covered whole). A function of its
// own, called once per unit, so that V8 optimises it early and whole.
export function addUnitPairs(pairs: CellPairs, l: number, item: number): void {
  const { grid, coords, boxes, touched, stamp } = pairs;
  const nx = grid.nx;
  const cx0 = colIn(grid, boxes[l * 4] ?? 0);
  const cy0 = rowIn(grid, boxes[l * 4 + 1] ?? 0);
  const cx1 = colIn(grid, boxes[l * 4 + 2] ?? 0);
  const cy1 = rowIn(grid, boxes[l * 4 + 3] ?? 0);
  // Every pair of this unit lies in its box: make room for all of them at once.
  const most = pairs.length + (cx1 - cx0 + 1) * (cy1 - cy0 + 1);
  if (most > pairs.cells.length) {
    const size = Math.max(most, pairs.cells.length * 2);
    const cells = new Uint32Array(size);
    cells.set(pairs.cells.subarray(0, pairs.length));
    const items = new Uint32Array(size);
    items.set(pairs.items.subarray(0, pairs.length));
    pairs.cells = cells;
    pairs.items = items;
  }
  const outCells = pairs.cells;
  const outItems = pairs.items;
  let n = pairs.length;
  const end = (pairs.vertexStart[l + 1] ?? 0) - 1;
  for (let e = pairs.vertexStart[l] ?? 0; e < end; e += 1) {
    const xa = coords[2 * e] ?? 0;
    const ya = coords[2 * e + 1] ?? 0;
    const xb = coords[2 * e + 2] ?? 0;
    const yb = coords[2 * e + 3] ?? 0;
    // An edge to or from a ring separator is no edge.
    if (Number.isNaN(ya) || Number.isNaN(yb)) continue;
    const ix0 = colIn(grid, xa < xb ? xa : xb);
    const ix1 = colIn(grid, xa < xb ? xb : xa);
    const iy0 = rowIn(grid, ya < yb ? ya : yb);
    const iy1 = rowIn(grid, ya < yb ? yb : ya);
    for (let iy = iy0; iy <= iy1; iy += 1) {
      for (let ix = ix0; ix <= ix1; ix += 1) {
        const cell = iy * nx + ix;
        touched[cell] = 1;
        if (stamp[cell] !== l) {
          stamp[cell] = l;
          outCells[n] = cell;
          outItems[n] = item;
          n += 1;
        }
      }
    }
  }
  for (let iy = cy0; iy <= cy1; iy += 1) {
    for (let ix = cx0; ix <= cx1; ix += 1) {
      const cell = iy * nx + ix;
      if (stamp[cell] === l) continue;
      const x = grid.x0 + (ix + 0.5) * grid.cellW;
      if (pairs.contains(item, x, grid.y0 + (iy + 0.5) * grid.cellH, iy)) {
        outCells[n] = cell;
        outItems[n] = (item | COVERS) >>> 0;
        n += 1;
      }
    }
  }
  pairs.length = n;
}

/**
 * The candidates of every cell, in priority order. A cell no edge touches is settled: its first
 * covering unit, or outside. The others keep their candidates, up to and including the first
 * unit that covers the cell whole.
 */
export function cellCandidates(
  grid: BucketGrid,
  coords: Float64Array,
  vertexStart: Uint32Array,
  boxes: Float64Array,
  banded: Uint8Array,
  contains: (item: number, x: number, y: number, row: number) => boolean,
): { cells: Int32Array; more: Int32Array } {
  const count = vertexStart.length - 1;
  const cellCount = grid.nx * grid.ny;
  const touched = new Uint8Array(cellCount);
  const pairs: CellPairs = {
    grid,
    coords,
    vertexStart,
    boxes,
    touched,
    stamp: new Int32Array(cellCount).fill(-1),
    contains,
    cells: new Uint32Array(Math.max(16, count * 12)),
    items: new Uint32Array(Math.max(16, count * 12)),
    length: 0,
  };
  for (let l = 0; l < count; l += 1) addUnitPairs(pairs, l, banded[l] ? (l | BANDED) >>> 0 : l);
  return settleCells(cellCount, touched, pairs.cells, pairs.items, pairs.length);
}

// Counting sort of the (cell, candidate) pairs by cell, candidates staying in priority order;
// then each cell settled or given its candidates.
export function settleCells(
  cellCount: number,
  touched: Uint8Array,
  pairCells: Uint32Array,
  pairItems: Uint32Array,
  pairs: number,
): { cells: Int32Array; more: Int32Array } {
  const start = new Uint32Array(cellCount + 1);
  for (let k = 0; k < pairs; k += 1) {
    const cell = pairCells[k] ?? 0;
    start[cell + 1] = (start[cell + 1] ?? 0) + 1;
  }
  for (let c = 0; c < cellCount; c += 1) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  const sorted = new Uint32Array(pairs);
  const cursor = start.slice(0, cellCount);
  for (let k = 0; k < pairs; k += 1) {
    const cell = pairCells[k] ?? 0;
    sorted[cursor[cell] ?? 0] = pairItems[k] ?? 0;
    cursor[cell] = (cursor[cell] ?? 0) + 1;
  }
  // Per cell, how many candidates it keeps: up to and including the first covering unit.
  const kept = new Uint32Array(cellCount);
  let moreCount = 0;
  for (let c = 0; c < cellCount; c += 1) {
    if (!touched[c]) continue;
    const from = start[c] ?? 0;
    const to = start[c + 1] ?? 0;
    let k = from;
    while (k < to && !((sorted[k] ?? 0) & COVERS)) k += 1;
    const n = (k < to ? k + 1 : to) - from;
    kept[c] = n;
    if (n > SLOT_ITEMS) moreCount += n - SLOT_ITEMS + 1;
  }
  const cells = new Int32Array(cellCount * SLOT);
  const more = new Int32Array(moreCount);
  let at = 0;
  for (let c = 0; c < cellCount; c += 1) {
    const from = start[c] ?? 0;
    const base = c * SLOT;
    if (!touched[c]) {
      let owner = OUTSIDE;
      for (let k = from; k < (start[c + 1] ?? 0); k += 1) {
        const item = sorted[k] ?? 0;
        if (item & COVERS) {
          owner = item & UNIT;
          break;
        }
      }
      cells[base] = owner;
      continue;
    }
    const n = kept[c] ?? 0;
    cells[base] = -(n + 2);
    if (n <= SLOT_ITEMS) {
      for (let k = 0; k < n; k += 1) cells[base + 1 + k] = sorted[from + k] ?? 0;
    } else {
      // The first candidates in the slot, the others in `more`, where the last word points.
      for (let k = 0; k < SLOT_ITEMS - 1; k += 1) cells[base + 1 + k] = sorted[from + k] ?? 0;
      cells[base + SLOT_ITEMS] = at;
      for (let k = SLOT_ITEMS - 1; k < n; k += 1) {
        more[at] = sorted[from + k] ?? 0;
        at += 1;
      }
    }
  }
  return { cells, more };
}

export function forEachRing(
  geometry: AreaGeometry | undefined,
  visit: (ring: readonly Position[]) => void,
): void {
  if (!geometry) return;
  if (geometry.type === 'Polygon') {
    for (const ring of geometry.coordinates) visit(ring);
  } else {
    for (const polygon of geometry.coordinates) for (const ring of polygon) visit(ring);
  }
}
