// The mean and nearest-rank p90 of time per step and level, against sorting.
import { describe, expect, it } from 'vitest';
import { durationStats } from '../../src/kpi/duration-stats.js';
import { fc } from '../support/fast-check.js';

describe('durationStats', () => {
  it('gives the nearest-rank p90 and the mean of any durations', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10 ** 9 }), { minLength: 1, maxLength: 300 }), (ms) => {
        const sorted = [...ms].sort((a, b) => a - b);
        const stats = durationStats(ms);
        expect(stats.count).toBe(ms.length);
        expect(stats.p90Ms).toBe(sorted[Math.ceil(0.9 * ms.length) - 1]);
        expect(stats.meanMs).toBeCloseTo(ms.reduce((a, b) => a + b, 0) / ms.length, 6);
      }),
    );
  });

  it('says null for nothing, and leaves its input alone', () => {
    expect(durationStats([])).toEqual({ count: 0, meanMs: null, p90Ms: null });
    const input = [5, 1, 9, 3];
    expect(durationStats(input).p90Ms).toBe(9);
    expect(input).toEqual([5, 1, 9, 3]);
  });
});
