import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The seeded source of randomness of the demo generator: every draw comes from one `pure-rand`
 * xoroshiro128+ stream, so that the same seed always gives the same district.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * // Same seed, same stream of draws, same district.
 * generateDemoDistrict({ seed: 7, scale: 0.05 }).people[0]?.name;
 * ```
 */
export interface Random {
  /** An integer from `from` to `to`, both included. */
  int(from: number, to: number): number;
  /** `true` with probability `p` (to one part in a million). */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One item of a non-empty list of `[item, weight]` pairs, weights being positive integers. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy of a list (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

const MILLION = 1_000_000;

/**
 * Creates the seeded {@link Random} of one generation run. The state lives in the returned
 * object only, never in the module, so two runs never disturb each other.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * const a = generateDemoDistrict({ seed: 1, scale: 0.02 });
 * const b = generateDemoDistrict({ seed: 1, scale: 0.02 });
 * JSON.stringify(a) === JSON.stringify(b); // true
 * ```
 */
export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const int = (from: number, to: number): number => uniformInt(rng, from, to);
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[index];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  };
  return {
    int,
    chance: (p) => int(0, MILLION - 1) < p * MILLION,
    pick: (items) => at(items, int(0, items.length - 1)),
    weighted: (items) => {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let draw = int(1, total);
      for (const [item, weight] of items) {
        draw -= weight;
        if (draw <= 0) return item;
      }
      return at(items, items.length - 1)[0];
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        const a = at(copy, i);
        copy[i] = at(copy, j);
        copy[j] = a;
      }
      return copy;
    },
  };
}

/**
 * Splits `total` into `weights.length` whole shares proportional to the weights, each at least
 * `min`, by the largest-remainder method: the shares always add up to `total` exactly, which is
 * what keeps the Yingze figures (853, 345, 2,568) exact.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * // The 853 ordinary grids are split over the communities this way.
 * generateDemoDistrict().grids.filter((grid) => grid.kind === 'ordinary').length; // 853
 * ```
 */
export function apportion(total: number, weights: readonly number[], min: number): number[] {
  const n = weights.length;
  const free = total - min * n;
  if (n === 0 || free < 0) throw new RangeError(`cannot split ${total} into ${n} × ≥${min}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (free * w) / sum : free / n));
  const shares = exact.map((x) => Math.floor(x));
  let left = free - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left === 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares.map((s) => s + min);
}
