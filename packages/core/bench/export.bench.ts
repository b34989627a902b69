// Exports of 100,000 cases: CSV as one string and in chunks, GeoJSON, and the CSV writer alone
// against papaparse's `unparse` and the naive `JSON.stringify` per cell, on the same cells.
//
// The data: 2,000 seeded cases of the Yingze-size demo district through the engine, each to a
// seeded step of the loop (reported … archived), copied to 100,000 under new ids with seeded
// reporters (residents with names and mobiles, anonymous residents, grid workers) and seeded
// descriptions (commas, quotes, line breaks, a phone or an identity number, now and then a
// formula). Before timing: every export succeeds, the chunks join to the string, and
// papaparse's text reads back (csv-parse, strict) to the same cells as ours.
import { parse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import {
  CaseRecord,
  ExportPermission,
  casesToCsv,
  casesToCsvChunks,
  casesToGeoJson,
  createCaseEngine,
  type CaseReporter,
  type CsvExportOptions,
} from '../src/index.js';
import { createRandom } from '../src/demo/random.js';
import { drawPersonName } from '../src/demo/names.js';
import { createMobileBook } from '../src/demo/contact-numbers.js';
import { BOM, CRLF, csvTextCell } from '../src/interop/export/csv-cell.js';
import { START, demoDistrict, loopCommands } from './support/case-workload.js';
import { rated } from './support/rated-bench.js';

const BASE = 2_000;
const CASES = 100_000;

const district = demoDistrict();
const random = createRandom(11);
const mobiles = createMobileBook(random);

async function baseCases(): Promise<CaseRecord[]> {
  let now = START;
  const engine = createCaseEngine({ district, clock: () => (now += 60_000) });
  const records: CaseRecord[] = [];
  for (const loop of loopCommands(district, BASE, 7, 42)) {
    const steps = random.int(1, 7);
    let record: CaseRecord | undefined;
    for (const command of loop.slice(0, steps)) {
      const result = await engine.execute(command);
      if (!result.success) throw new Error(`${command.commandId}: ${result.error.messageIn('en')}`);
      record = result.data.record;
    }
    records.push(record!);
  }
  return records;
}

const TEXTS = [
  '楼道堆放杂物，堵塞消防通道',
  '3号楼"二单元"门口电动车充电，\n存在火灾隐患',
  '居民反映噪音扰民, 夜间施工',
  '占道经营，影响通行',
  '路灯不亮（第 3、4 盏）',
];

function variant(base: CaseRecord, k: number): CaseRecord {
  const kind = random.weighted<CaseReporter['kind']>([
    ['resident', 6],
    ['grid-worker', 3],
    ['hotline', 1],
  ]);
  const name = drawPersonName(random, random.chance(0.5) ? 'female' : 'male');
  const mobile = mobiles.next();
  const reporter: CaseReporter =
    kind === 'grid-worker'
      ? { kind, personId: base.reporter.personId ?? 'p-1' }
      : random.chance(0.1)
        ? { kind } // anonymous
        : { kind, name, mobile };
  let description = random.pick(TEXTS);
  if (random.chance(0.3)) description += `，联系电话 ${mobile}`;
  if (random.chance(0.05)) description += '，身份证 140106193803050027';
  if (random.chance(0.02)) description = `=HYPERLINK("http://x.example","${description}")`;
  return { ...base, id: `c-${String(k)}`, reporter, description };
}

const base = await baseCases();
// The cases come to an export as JSON from a store: plain objects, not the engine's frozen ones.
const stored = Array.from(
  { length: CASES },
  (_, k) => JSON.parse(JSON.stringify(variant(base[k % BASE]!, k))) as unknown,
);
const now = START + 3 * 86_400_000;
const grant = ExportPermission.grant(
  district,
  district.bundle.people.find((p) => p.roles.some((r) => r.role === 'command-operator'))!.id,
);
if (!grant.granted) throw new Error('no command operator');
const options: CsvExportOptions = { district, now };
const unmasked: CsvExportOptions = { district, now, permission: grant.permission };

/** Our writer on given cells. */
function ours(cells: readonly (readonly string[])[]): string {
  let out = BOM;
  for (const row of cells) out += row.map(csvTextCell).join(',') + CRLF;
  return out;
}
const FORMULA = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
function papa(cells: string[][]): string {
  return BOM + Papa.unparse(cells, { newline: '\r\n', escapeFormulae: FORMULA }) + CRLF;
}
/** The obvious hand-written one: every cell through JSON.stringify, one big string. */
function naive(cells: readonly (readonly string[])[]): string {
  let out = BOM;
  for (const row of cells) out += row.map((cell) => JSON.stringify(cell)).join(',') + '\r\n';
  return out;
}
const same = (a: string, b: string) =>
  JSON.stringify(parse(a, { bom: true })) === JSON.stringify(parse(b, { bom: true }));

/** The cells of the export, read back from it: the writers' input, made when first needed. */
function cellsOf(): string[][] {
  const whole = casesToCsv(stored, options);
  if (!whole.success) throw new Error(whole.error.format('en'));
  return parse(whole.data, { bom: true, record_delimiter: '\r\n' });
}

// Checked before timing, in a function of its own so that its 35 M characters are collected
// before the exports are timed (a heap that holds them makes every collection slower).
function check(): void {
  const whole = casesToCsv(stored, options);
  if (!whole.success) throw new Error(whole.error.format('en'));
  if ([...casesToCsvChunks(stored, options)].join('') !== whole.data) {
    throw new Error('the chunks do not join to the string');
  }
  const bytes = new TextEncoder().encode(whole.data).length;
  const rows = parse(whole.data, { bom: true, record_delimiter: '\r\n' });
  console.log(
    `export: ${CASES.toLocaleString('en')} cases, ${String(rows[0]!.length)} columns, ` +
      `${(whole.data.length / 1e6).toFixed(1)} M characters, ${(bytes / 1e6).toFixed(1)} MB ` +
      `UTF-8 (casesToCsvChunks: 64 K characters at a time)`,
  );
  if (!same(ours(rows), papa(rows))) throw new Error('papaparse reads back to other cells');
  const wrong = rows.filter((row) => row.some((cell) => /["\\\n\r]/.test(cell))).length;
  console.log(
    `export: the naive JSON.stringify writer is not RFC 4180 (\\" for ""): it writes ` +
      `${wrong.toLocaleString('en')} of ${CASES.toLocaleString('en')} rows wrong, and defuses no formula`,
  );
}
check();

const sink = { length: 0 };
const slow = { iterations: 4 };

describe('export 100,000 cases', () => {
  bench(
    ...rated(
      'casesToCsv (validate + write, masked)',
      CASES,
      'cases',
      () => {
        const result = casesToCsv(stored, options);
        if (!result.success) throw result.error;
        sink.length = result.data.length;
      },
      slow,
    ),
  );
  bench(
    ...rated(
      'casesToCsvChunks, consumed (masked)',
      CASES,
      'cases',
      () => {
        let n = 0;
        for (const chunk of casesToCsvChunks(stored, options)) n += chunk.length;
        sink.length = n;
      },
      slow,
    ),
  );
  bench(
    ...rated(
      'casesToCsv, unmasked by permission',
      CASES,
      'cases',
      () => {
        const result = casesToCsv(stored, unmasked);
        if (!result.success) throw result.error;
        sink.length = result.data.length;
      },
      slow,
    ),
  );
  bench(
    ...rated(
      'casesToGeoJson + JSON.stringify',
      CASES,
      'cases',
      () => {
        const result = casesToGeoJson(stored, { district, now });
        if (!result.success) throw result.error;
        sink.length = JSON.stringify(result.data).length;
      },
      slow,
    ),
  );
  bench(
    ...rated(
      'of which: CaseRecord.safeParse of every case',
      CASES,
      'cases',
      () => {
        let n = 0;
        for (const value of stored) if (CaseRecord.safeParse(value).success) n++;
        sink.length = n;
      },
      slow,
    ),
  );
});

const held: { rows?: string[][] } = {};
const rowsNow = () => (held.rows ??= cellsOf());
// The cells are made before the first writer's runs, outside its time.
const writing = { iterations: 4, setup: () => void rowsNow() };

describe('write the same 100,000 rows of cells', () => {
  bench(
    ...rated(
      'wangge csvTextCell',
      CASES,
      'rows',
      () => (sink.length = ours(rowsNow()).length),
      writing,
    ),
  );
  bench(
    ...rated(
      'papaparse unparse (escapeFormulae)',
      CASES,
      'rows',
      () => (sink.length = papa(rowsNow()).length),
      writing,
    ),
  );
  bench(
    ...rated(
      'naive JSON.stringify per cell',
      CASES,
      'rows',
      () => (sink.length = naive(rowsNow()).length),
      writing,
    ),
  );
});
