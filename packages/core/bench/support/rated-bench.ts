// A bench that also prints its rate in the unit of the goal it measures (commands/s, events/s,
// cases/s) over its timed iterations, since Vitest reports only iterations per second.
import type { BenchOptions } from 'vitest';

/**
 * The arguments of `bench(...)` for `fn`, which handles `units` of work per call. After the
 * timed runs it prints `name: <slowest>–<fastest> <unit>/s (<fastest>–<slowest> per run of
 * <units>, <n> runs)`. Warm-up and time budget default to none, so that `iterations` alone says
 * how long it runs.
 *
 * @example
 * ```ts
 * import { bench } from 'vitest';
 * const sum = () => [...Array(1_000).keys()].reduce((a, b) => a + b);
 * bench(...rated('sum', 1_000, 'numbers', sum, { iterations: 5 }));
 * ```
 */
export function rated(
  name: string,
  units: number,
  unit: string,
  fn: () => unknown,
  options: BenchOptions,
): [string, () => Promise<void>, BenchOptions] {
  const times: number[] = [];
  const timed = async () => {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  };
  const teardown: BenchOptions['teardown'] = (_task, mode) => {
    if (mode === 'run' && times.length > 0) {
      const [fastest, slowest] = [Math.min(...times), Math.max(...times)];
      const rate = (ms: number) => Math.round((units * 1000) / ms).toLocaleString('en');
      const time = (ms: number) =>
        ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
      console.log(
        `${name}: ${rate(slowest)}–${rate(fastest)} ${unit}/s ` +
          `(${time(fastest)}–${time(slowest)} per run of ${units.toLocaleString('en')}, ` +
          `${String(times.length)} runs)`,
      );
    }
    times.length = 0;
  };
  return [name, timed, { warmupIterations: 0, warmupTime: 0, time: 0, ...options, teardown }];
}
