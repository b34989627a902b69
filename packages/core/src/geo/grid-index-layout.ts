// The memory layout of a GridIndex, shared by its build steps and its queries. Internal: none of
// it is part of the public API.

// The top bit of a candidate: this unit covers the whole cell, no test needed.
export const COVERS = 0x80000000;
// The next bit: a unit with many edges, tested with the edges of the point's row band only.
export const BANDED = 0x40000000;
export const UNIT = 0x3fffffff;
// A unit with more edges than this keeps row bands; a smaller one is tested whole, its vertices
// being adjacent in memory (one or two cache lines), which costs less than reaching a band.
export const BAND_ABOVE_EDGES = 32;
export const OUTSIDE = -1;
// A cell's slot: its state, then up to three candidates, 16 bytes that share one cache line.
export const SLOT = 4;
export const SLOT_ITEMS = SLOT - 1;

/** The bucket grid of an index, as the build steps need it. */
export interface BucketGrid {
  readonly x0: number;
  readonly y0: number;
  readonly nx: number;
  readonly ny: number;
  readonly invW: number;
  readonly invH: number;
  readonly cellW: number;
  readonly cellH: number;
}

// The one mapping from coordinates to cells, for the build and the queries alike: a point on an
// edge must fall in a cell the build marked as touched by that edge.
export function colIn(grid: BucketGrid, x: number): number {
  const c = Math.floor((x - grid.x0) * grid.invW);
  return c < 0 ? 0 : c >= grid.nx ? grid.nx - 1 : c;
}

export function rowIn(grid: BucketGrid, y: number): number {
  const r = Math.floor((y - grid.y0) * grid.invH);
  return r < 0 ? 0 : r >= grid.ny ? grid.ny - 1 : r;
}

// Whether the edge from vertex e joins two vertices of one ring, not a ring to a separator.
export function isEdge(coords: Float64Array, e: number): boolean {
  return !Number.isNaN(coords[2 * e + 1] ?? NaN) && !Number.isNaN(coords[2 * e + 3] ?? NaN);
}
