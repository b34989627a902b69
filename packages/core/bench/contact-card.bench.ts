// Validating contact cards: the schema-backed parse (bilingual errors, normalised phones) against
// a bare zod safeParse of the same schema, on 1,000 seeded cards of which one in ten is invalid.
import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { ContactCard, parseContactCard } from '../src/index.js';

const card = fc.record({
  gridId: fc.stringMatching(/^[a-z]{3,8}-\d{2}$/),
  community: fc.record({
    name: fc.constantFrom('老军营社区', '迎泽社区'),
    phone: fc.constant('0351-4045678'),
  }),
  worker: fc.record({
    name: fc.constantFrom('李明', '王芳', '张伟'),
    mobile: fc.oneof(
      { weight: 9, arbitrary: fc.stringMatching(/^1[3-9]\d{9}$/) },
      { weight: 1, arbitrary: fc.constant('12345') },
    ),
  }),
});
const cards = fc.sample(card, { seed: 20261126, numRuns: 1_000 });
const validCards = cards.filter((c) => c.worker.mobile !== '12345');

describe(`validate ${validCards.length} valid contact cards`, () => {
  bench('wangge parseContactCard', () => {
    for (const c of validCards) parseContactCard(c);
  });
  bench('zod ContactCard.safeParse', () => {
    for (const c of validCards) ContactCard.safeParse(c);
  });
});

describe('validate 1,000 contact cards, 10% invalid', () => {
  bench('wangge parseContactCard (typed, localised errors)', () => {
    for (const c of cards) parseContactCard(c);
  });
  bench('zod ContactCard.safeParse (raw zod errors)', () => {
    for (const c of cards) ContactCard.safeParse(c);
  });
});
