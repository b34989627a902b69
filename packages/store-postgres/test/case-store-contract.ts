// The contract every CaseStore keeps: what the case engine and its users rely on, asserted
// through the engine and through the port itself. Run against the in-memory reference, PGlite
// and a PostgreSQL server by the `contract-*.test.ts` files.
import { describe } from 'vitest';
import { describeCommandContract } from './contract/command-contract.js';
import { describeListContract } from './contract/list-contract.js';
import { describeSweepContract } from './contract/sweep-contract.js';
import type { OpenedStore } from './support/store-harness.js';

export type { OpenedStore } from './support/store-harness.js';
export { describeStoreDifferential } from './store-differential.js';

/** Runs the case store contract against the stores `open` gives (each fresh and empty). */
export function describeCaseStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`${name}: CaseStore contract`, { timeout: 60_000 }, () => {
    describeCommandContract(open);
    describeSweepContract(open);
    describeListContract(open);
  });
}
