// Reading and masking phone numbers: wangge's mainland rules against libphonenumber-js, the
// obvious general-purpose alternative, on the same seeded input (10,000 numbers as people type
// them: mobiles and landlines, with spaces, hyphens and +86).
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { bench, describe } from 'vitest';
import { maskPhone, normalizePhone } from '../src/index.js';

const typed = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('13', '15', '18', '19'),
      fc.stringMatching(/^\d{9}$/),
      fc.constantFrom('', '+86 '),
    )
    .map(
      ([head, tail, prefix]) =>
        `${prefix}${head}${tail.slice(0, 2)} ${tail.slice(2, 6)} ${tail.slice(6)}`,
    ),
  fc
    .tuple(
      fc.constantFrom('010', '0351', '020'),
      fc.integer({ min: 2, max: 9 }),
      fc.stringMatching(/^\d{6}$/),
    )
    .map(([area, first, rest]) => `${area}-${first}${rest}`),
);
const numbers = fc.sample(typed, { seed: 20261126, numRuns: 10_000 });

// Every result feeds a checksum, so that no engine can drop the work as unused.
let checksum = 0;
const keep = (value: string | undefined) => {
  checksum += value?.length ?? 0;
};

describe('normalise 10,000 typed numbers', () => {
  bench('wangge normalizePhone', () => {
    for (const n of numbers) keep(normalizePhone(n));
  });
  bench('libphonenumber-js parsePhoneNumberFromString (max metadata)', () => {
    for (const n of numbers) keep(parsePhoneNumberFromString(n, 'CN')?.number);
  });
});

describe('mask 10,000 typed numbers', () => {
  bench('wangge maskPhone', () => {
    for (const n of numbers) keep(maskPhone(n));
  });
  bench('libphonenumber-js parse, then mask the national number', () => {
    for (const n of numbers) {
      const national = parsePhoneNumberFromString(n, 'CN')?.nationalNumber ?? '';
      keep(`${national.slice(0, 3)}****${national.slice(-4)}`);
    }
  });
});

export { checksum };
