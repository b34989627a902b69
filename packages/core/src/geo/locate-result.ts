import type { ValidationIssue } from '../errors/validation-error.js';

/**
 * Where a point is, when it is inside the layer: the finest unit that holds it (usually a
 * micro-grid), its grid and micro-grid when the layer has those levels, and the chain of ids from
 * that unit up to the root. Results are shared and frozen: the same unit always gives the same
 * object.
 *
 * @example
 * ```ts
 * import type { LocateInside } from '@wangge/core';
 * const label = (r: LocateInside) => `${r.gridId ?? '-'} / ${r.microGridId ?? '-'}`;
 * ```
 */
export interface LocateInside {
  readonly status: 'inside';
  /** The finest unit holding the point. */
  readonly unitId: string;
  /** Its level (`micro-grid`, `grid`, …). */
  readonly level: string;
  /** The grid holding the point, when the layer has grids. */
  readonly gridId: string | undefined;
  /** The micro-grid holding the point, when the layer has micro-grids. */
  readonly microGridId: string | undefined;
  /** Ids from the unit up to the root of the layer. */
  readonly chain: readonly string[];
}

/**
 * A point outside every unit of the layer, with the nearest unit when one lies within the
 * tolerance given to the index.
 *
 * @example
 * ```ts
 * import type { LocateOutside } from '@wangge/core';
 * const near = (r: LocateOutside) => r.nearest?.distanceMetres;
 * ```
 */
export interface LocateOutside {
  readonly status: 'outside';
  readonly nearest: { readonly unitId: string; readonly distanceMetres: number } | undefined;
}

/**
 * A point that cannot be located: NaN, Infinity or out of range. Never a thrown error.
 *
 * @example
 * ```ts
 * import type { LocateInvalid } from '@wangge/core';
 * const why = (r: LocateInvalid) => r.issue.message.en;
 * ```
 */
export interface LocateInvalid {
  readonly status: 'invalid';
  readonly issue: ValidationIssue;
}

/**
 * The answer of `GridIndex.locate`.
 *
 * @example
 * ```ts
 * import type { LocateResult } from '@wangge/core';
 * const gridOf = (r: LocateResult) => (r.status === 'inside' ? r.gridId : undefined);
 * ```
 */
export type LocateResult = LocateInside | LocateOutside | LocateInvalid;
