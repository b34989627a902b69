import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/case/canonical-json.js';
import { WanggeError } from '../../src/index.js';
import { fc } from '../support/fast-check.js';

describe('canonical JSON (RFC 8785)', () => {
  it('writes what the reference implementation writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' }), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts keys by UTF-16 code units and writes numbers as ECMAScript does', () => {
    expect(
      canonicalJson({ b: 1, a: [true, null, -0, 1e21, 0.000001], é: '\u2028', '€': 'x', '😀': 1 }),
    ).toBe('{"a":[true,null,0,1e+21,0.000001],"b":1,"é":"\u2028","€":"x","😀":1}');
    // RFC 8785 §3.2.3's example of key order: by code unit, not by code point.
    expect(
      canonicalJson({
        '\u20ac': 1,
        '\r': 2,
        '\ufb33': 3,
        '1': 4,
        '\ud83d\ude00': 5,
        '\u0080': 6,
        '\u00f6': 7,
      }),
    ).toBe(
      canonicalize({
        '\u20ac': 1,
        '\r': 2,
        '\ufb33': 3,
        '1': 4,
        '\ud83d\ude00': 5,
        '\u0080': 6,
        '\u00f6': 7,
      }),
    );
  });

  it('leaves out undefined members, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it.each([[Number.NaN], [Infinity], [() => 1], [Symbol('x')], [10n]])(
    'refuses %s with a typed error',
    (value) => {
      expect(() => canonicalJson({ value })).toThrow(WanggeError);
    },
  );
});
