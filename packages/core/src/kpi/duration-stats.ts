import type { DurationStats } from './kpi-report.js';

/** Count, mean and nearest-rank 90th percentile of some durations. */
export function durationStats(durations: readonly number[]): DurationStats {
  const count = durations.length;
  if (count === 0) return { count, meanMs: null, p90Ms: null };
  const values = Float64Array.from(durations);
  let sum = 0;
  for (const value of values) sum += value;
  return { count, meanMs: sum / count, p90Ms: select(values, Math.ceil(0.9 * count) - 1) };
}

/** The `k`-th smallest value (0-based) by quickselect, in linear time on average; reorders. */
function select(values: Float64Array, k: number): number {
  let [low, high] = [0, values.length - 1];
  while (high > low) {
    const pivot = values[(low + high) >>> 1] ?? 0;
    let [i, j] = [low, high];
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = swap;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] ?? 0;
}
