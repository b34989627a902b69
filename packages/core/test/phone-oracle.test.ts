// Cross-checks wangge's phone rules against libphonenumber-js (Google's libphonenumber metadata):
// every number that libphonenumber deems a valid mainland mobile or landline, wangge accepts and
// normalises to the same digits. wangge's rules are shape checks (what the issue tracker and the
// masking conventions need), so the reverse does not hold: an unallocated prefix such as 140 is
// a well-formed mobile for wangge and invalid for libphonenumber. libphonenumber's fixed-line
// patterns also admit local numbers starting with 0 (`010-00000000`), which cannot be dialled in
// China (0 is the trunk prefix); wangge refuses them, so the landline check draws local numbers
// starting with 1–9.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { normalizeLandline, normalizeMobile, telUri } from '../src/index.js';
import { fc } from './support/fast-check.js';

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
// Real area codes: Beijing, Guangzhou, Taiyuan, Datong, Xi'an, Harbin, Kunming, Urumqi.
const areaCode = fc.constantFrom('010', '020', '0351', '0352', '029', '0451', '0871', '0991');

describe('phone rules agree with libphonenumber-js', () => {
  it('accepts every mobile libphonenumber accepts, with the same digits and tel: URI', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('13', '14', '15', '16', '17', '18', '19'),
        digits(9),
        (head, tail) => {
          const number = head + tail;
          const oracle = parsePhoneNumberFromString(number, 'CN');
          fc.pre(oracle?.isValid() === true && oracle.getType() === 'MOBILE');
          expect(normalizeMobile(number)).toBe(number);
          expect(telUri(number)?.replace(/-/g, '')).toBe(oracle.format('RFC3966'));
        },
      ),
    );
  });

  it('accepts every landline libphonenumber accepts, with the same digits', () => {
    fc.assert(
      fc.property(
        areaCode,
        fc.integer({ min: 1, max: 9 }),
        fc.oneof(digits(6), digits(7)),
        (area, first, rest) => {
          const number = `${area}-${first}${rest}`;
          const oracle = parsePhoneNumberFromString(number, 'CN');
          fc.pre(oracle?.isValid() === true && oracle.getType() === 'FIXED_LINE');
          expect(normalizeLandline(number)).toBe(number);
          expect(telUri(number)?.replace(/-/g, '')).toBe(oracle.format('RFC3966'));
        },
      ),
    );
  });

  it('refuses what libphonenumber cannot read as a Chinese number at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const oracle = parsePhoneNumberFromString(text, 'CN');
        fc.pre(oracle === undefined);
        expect(normalizeMobile(text)).toBeUndefined();
        expect(normalizeLandline(text)).toBeUndefined();
      }),
    );
  });
});
