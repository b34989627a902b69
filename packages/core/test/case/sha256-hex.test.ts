import { describe, expect, it } from 'vitest';
import { portableSha256Hex, sha256Hex } from '../../src/case/sha256-hex.js';
import { fc } from '../support/fast-check.js';

describe('SHA-256 of event text', () => {
  it('is the published digest of a known text', () => {
    // FIPS 180-2, appendix B.1.
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(portableSha256Hex('abc')).toBe(sha256Hex('abc'));
  });

  it('is the same natively and portably, for any text (so logs verify in browsers too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sha256Hex(text)).toBe(portableSha256Hex(text));
      }),
      { numRuns: 500 },
    );
  });
});
