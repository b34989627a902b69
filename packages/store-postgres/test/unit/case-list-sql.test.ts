import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STEPS, isHandlingStep } from '@wangge/core';
import { HANDLING_STEPS, pageOf } from '../../src/case-list-sql.js';

describe('the list statements', () => {
  it('name the handling steps that core counts the deadline in', () => {
    expect(HANDLING_STEPS).toStrictEqual(CASE_STEPS.filter(isHandlingStep));
  });

  it('page as InMemoryCaseStore slices, for any offset and limit', () => {
    const bound = fc.oneof(
      fc.integer({ min: -5, max: 1_500 }),
      fc.double({ min: -5, max: 1_500, noNaN: false }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined),
    );
    const rows = Array.from({ length: 1_200 }, (_, i) => i);
    fc.assert(
      fc.property(bound, bound, (offset, limit) => {
        const o = Math.max(0, Math.trunc(offset ?? 0));
        const l = Math.min(1000, Math.max(0, Math.trunc(limit ?? 50)));
        const { start, count } = pageOf({ offset, limit });
        const sliced = rows.slice(o, o + l);
        expect(rows.slice(start, start + count)).toStrictEqual(sliced);
      }),
    );
  });
});
