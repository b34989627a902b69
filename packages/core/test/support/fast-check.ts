import fc from 'fast-check';

/**
 * One seed per test file, printed so that any failure can be replayed exactly:
 * `FC_SEED=<seed> npx vitest run <file>`. fast-check also prints the seed and path of a failing
 * run in its error message.
 */
export const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : Math.floor(Math.random() * 0x7fffffff);

fc.configureGlobal({ seed, numRuns: 300 });
console.info(`[fast-check] seed=${seed} (replay with FC_SEED=${seed})`);

export { fc };
