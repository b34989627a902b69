// timestampMs reads the timestamps of event logs fast; it must always agree with Date.parse.
import { describe, expect, it } from 'vitest';
import { timestampMs } from '../src/index.js';
import { fc } from './support/fast-check.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('timestampMs', () => {
  it('reads the forms the engine writes', () => {
    expect(timestampMs('2026-11-26T09:30:00+08:00')).toBe(Date.UTC(2026, 10, 26, 1, 30));
    expect(timestampMs('2026-11-26T01:30:00.250Z')).toBe(Date.UTC(2026, 10, 26, 1, 30, 0, 250));
    expect(timestampMs('1969-12-31T23:59:59-05:30')).toBe(Date.UTC(1970, 0, 1, 5, 29, 59));
    expect(timestampMs('2028-02-29T00:00:00+08:00')).toBe(Date.UTC(2028, 1, 28, 16));
  });

  it('agrees with Date.parse on any instant, offset and precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.boolean(),
        (ms, offset, fraction) => {
          const local = new Date(ms + offset * 60_000);
          const sign = offset < 0 ? '-' : '+';
          const zone =
            offset === 0 && fraction
              ? 'Z'
              : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          const text =
            `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
            `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
            (fraction ? `.${pad(local.getUTCMilliseconds(), 3)}` : '') +
            zone;
          expect(timestampMs(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('leaves everything else to Date.parse, NaN included', () => {
    for (const text of [
      'yesterday',
      '',
      '2026-02-30T00:00:00+08:00',
      '2026-02-29T00:00:00+08:00',
      '2026-11-26T24:00:00+08:00',
      '2026-11-26T09:30:00',
      '2026-11-26T09:30:00.1234567+08:00',
      '2026-11-26T09:30:00+0800',
      '2026-1a-26T09:30:00+08:00',
      '2026-11-26T09:30:00+08:60',
    ]) {
      expect(Object.is(timestampMs(text), Date.parse(text))).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ minLength: 18, maxLength: 32 }), (text) => {
        expect(Object.is(timestampMs(text), Date.parse(text))).toBe(true);
      }),
    );
  });
});
