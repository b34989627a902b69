import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ExportPermission,
  casesToCsv,
  casesToCsvChunks,
  isPersonName,
  maskName,
  type CaseRecord,
  type CsvExportOptions,
} from '../../../src/index.js';
import { fc } from '../../support/fast-check.js';
import { exportCases, type ExportCases } from './export-cases.js';

let c: ExportCases;
let everything: ExportPermission;
beforeAll(async () => {
  c = await exportCases();
  const grant = ExportPermission.grant(c.district, 'p-7'); // the command centre: every case
  if (!grant.granted) throw new Error('p-7 supervises the district');
  everything = grant.permission;
});

function csv(cases: readonly CaseRecord[], options: Partial<CsvExportOptions> = {}): string {
  const result = casesToCsv(cases, { district: c.district, now: c.now, ...options });
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

// Text with everything that CSV and spreadsheets care about: delimiters, quotes, both line
// breaks, formula starts (ASCII and full-width), Chinese, emoji and other code points.
const tricky = fc.constantFrom(
  ',',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  "'",
  ' ',
  '　',
  '网格',
  '楼道堆放杂物',
  '𠀋',
  '😀',
  'a',
  '1',
  ';',
  '|',
);
const text = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 20 })
  .map((parts) => parts.join(''));
const note = text.filter((t) => t.trim().length > 0 && t.trim().length <= 2000);
const name = fc
  .string({ unit: 'grapheme-composite', minLength: 1, maxLength: 12 })
  .filter((n) => isPersonName(n.trim()));

/** What a spreadsheet should see in a cell for a text: the text, defused when it is a formula. */
const defused = (value: string) => (/^[=+\-@\t\r\n＝＋－＠]/.test(value) ? `'${value}` : value);

describe('CSV written and read back by a strict RFC 4180 parser (csv-parse)', () => {
  it('gives every cell back, whatever the text (quotes, line breaks, Chinese, formulas)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(note, name), { minLength: 1, maxLength: 5 }), (values) => {
        const base = c.byId.get('c-open')!;
        const cases = values.map(([description, reporterName], i) => ({
          ...base,
          id: `c-${String(i)}`,
          description: description.trim(),
          reporter: { kind: 'resident' as const, name: reporterName.trim() },
        }));
        const written = csv(cases, {
          permission: everything,
          columns: ['id', 'description', 'reporterName', 'gridName'],
        });
        const rows = parse(written, { bom: true, record_delimiter: '\r\n' });
        expect(rows).toEqual([
          ['id', 'description', 'reporterName', 'gridName'],
          ...cases.map((record) => [
            record.id,
            defused(record.description),
            defused(record.reporter.name),
            '第一网格',
          ]),
        ]);
      }),
    );
  });

  it('writes the same text in chunks of any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.boolean(), (chunkSize, unmasked) => {
        const options = {
          district: c.district,
          now: c.now,
          chunkSize,
          ...(unmasked ? { permission: everything } : {}),
        };
        expect([...casesToCsvChunks(c.all, options)].join('')).toBe(csv(c.all, options));
      }),
      { numRuns: 50 },
    );
  });
});

// Reporters with names of two to four Chinese characters and mainland mobiles, and descriptions
// that repeat them among other text, as written in full, with spaces or hyphens, or run into
// other digits.
const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
const chineseName = fc.array(hanzi, { minLength: 2, maxLength: 4 }).map((chars) => chars.join(''));
const mobile = fc
  .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), fc.stringMatching(/^\d{9}$/))
  .map(([second, rest]) => `1${second}${rest}`);
const written = (m: string) =>
  fc.constantFrom(
    m,
    `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
    `+86 ${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
  );

describe('masked output', () => {
  it('never contains the full name or mobile of a reporter', () => {
    fc.assert(
      fc.property(
        chineseName,
        mobile.chain((m) => fc.tuple(fc.constant(m), written(m))),
        fc.array(fc.oneof(text, fc.stringMatching(/^\d{1,3}$/)), { maxLength: 6 }),
        (reporterName, [reporterMobile, mobileAs], filler) => {
          const base = c.byId.get('c-open')!;
          const plain: CaseRecord = {
            ...base,
            reporter: { kind: 'grid-worker' },
            description: '描述',
          };
          // A name that the rest of the row holds anyway (a unit's, a category's) proves nothing.
          fc.pre(!csv([plain]).includes(reporterName));
          const parts = [
            ...filler,
            reporterName,
            mobileAs,
            `${reporterName}的电话${reporterMobile}`,
          ];
          const record: CaseRecord = {
            ...base,
            reporter: { kind: 'resident', name: reporterName, mobile: reporterMobile },
            description: parts.join('').trim() || reporterName,
          };
          const masked = csv([record]);
          expect(masked).not.toContain(reporterName);
          expect(masked).not.toContain(reporterMobile);
          expect(masked).not.toContain(mobileAs);
          expect(masked).toContain(maskName(reporterName));
          // With the permission, they are there as they are.
          const shown = csv([record], { permission: everything });
          expect(shown).toContain(reporterName);
          expect(shown).toContain(reporterMobile);
        },
      ),
    );
  });
});
