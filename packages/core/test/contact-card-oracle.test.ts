// `parseContactCard` reads cards with hand-written checks (so that a page showing only a contact
// card does not carry zod). This cross-checks it against the `ContactCard` schema read through
// `parseInput`: on any input, both accept or refuse alike, with the same card or the same issues.
import { describe, expect, it } from 'vitest';
import { ContactCard, parseContactCard, parseInput } from '../src/index.js';
import { validCard } from './fixtures/contact-card.js';
import { fc } from './support/fast-check.js';

// Values that exercise every check: good and bad phones, names, URLs, padding, lengths, types.
const leaf = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    ' 老军营社区 ',
    '0351-4045678',
    '0351 404 5678',
    '4045678',
    '+86 138 0013 8000',
    '13800138000',
    '1380013800',
    '12345678901',
    '李明',
    ' 李 明 ',
    'Li Ming',
    '阿依古丽·买买提',
    '李明1',
    '\u0000',
    '/photos/li-ming.jpg',
    'https://example.org/a.png',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'x'.repeat(64),
    'x'.repeat(65),
    'x'.repeat(101),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);

type Mutation = { path: string[]; value: unknown } | { path: string[]; remove: true };

const PATHS = [
  [],
  ['gridId'],
  ['gridName'],
  ['community'],
  ['community', 'name'],
  ['community', 'phone'],
  ['worker'],
  ['worker', 'name'],
  ['worker', 'mobile'],
  ['worker', 'photoUrl'],
  ['extra'],
  ['community', 'extra'],
  ['worker', 'extra'],
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ path: fc.constantFrom(...PATHS), value: leaf }),
  fc.record({
    path: fc.constantFrom(...PATHS.filter((p) => p.length > 0)),
    remove: fc.constant(true as const),
  }),
);

function apply(card: unknown, change: Mutation): unknown {
  if (change.path.length === 0) return 'value' in change ? change.value : undefined;
  const copy: unknown = structuredClone(card);
  let at: unknown = copy;
  for (const key of change.path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return copy;
    at = (at as Record<string, unknown>)[key];
  }
  if (typeof at !== 'object' || at === null || Array.isArray(at)) return copy;
  const last = change.path.at(-1)!;
  const entries = Object.entries(at).filter(([key]) => key !== last);
  if ('value' in change) entries.push([last, change.value]);
  const replaced = Object.fromEntries(entries);
  if (change.path.length === 1) return replaced;
  (copy as Record<string, unknown>)[change.path[0]!] = replaced;
  return copy;
}

describe('parseContactCard agrees with the ContactCard schema', () => {
  it('accepts and refuses the same cards, with the same data and issues', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (changes) => {
        const input = changes.reduce<unknown>(apply, validCard);
        const ours = parseContactCard(input);
        const oracle = parseInput(ContactCard, input, 'ContactCard');
        expect(ours.success).toBe(oracle.success);
        if (ours.success && oracle.success) expect(ours.data).toEqual(oracle.data);
        if (!ours.success && !oracle.success) {
          expect(ours.error.issues).toEqual(oracle.error.issues);
          expect(ours.error.message).toBe(oracle.error.message);
        }
      }),
    );
  });
});
