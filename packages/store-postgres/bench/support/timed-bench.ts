// A bench whose timed part leaves out its untimed set-up (emptying the database), and that
// prints its rate in the goal's unit (commands/s) over the timed parts of its runs, since
// Vitest reports only iterations per second of the whole.
import type { BenchOptions } from 'vitest';

/**
 * The arguments of `bench(...)`: each run calls `prepare` (not timed), then times `run`, which
 * handles `units` of work. After the runs it prints
 * `name: <slowest>–<fastest> <unit>/s (<fastest>–<slowest> per run of <units>, <n> runs)`, and
 * what `extra` says (a rate per CPU core, say).
 *
 * @example
 * ```ts
 * import { bench } from 'vitest';
 * const sum = () => [...Array(1_000).keys()].reduce((a, b) => a + b);
 * bench(...timed('sum', 1_000, 'numbers', () => undefined, sum, { iterations: 5 }));
 * ```
 */
export function timed(
  name: string,
  units: number,
  unit: string,
  prepare: () => unknown,
  run: () => unknown,
  options: BenchOptions,
  extra?: () => string,
): [string, () => Promise<void>, BenchOptions] {
  const times: number[] = [];
  const fn = async () => {
    await prepare();
    const start = performance.now();
    await run();
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
          `${String(times.length)} runs)${extra ? `; ${extra()}` : ''}`,
      );
    }
    times.length = 0;
  };
  return [name, fn, { warmupIterations: 0, warmupTime: 0, time: 0, ...options, teardown }];
}
