import { InMemoryCaseStore } from '@wangge/core';
import { describeCaseStoreContract } from './case-store-contract.js';

// The reference: the contract must hold for the store that ships with the engine.
describeCaseStoreContract('InMemoryCaseStore', () =>
  Promise.resolve({ store: new InMemoryCaseStore(), close: () => Promise.resolve() }),
);
