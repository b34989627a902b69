import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXPORT_MESSAGES,
  WanggeValidationError,
  casesToCsv,
  casesToCsvChunks,
  casesToGeoJson,
  type CsvExportOptions,
  type ValidationIssue,
} from '../../../src/index.js';
import { exportCases, type ExportCases } from './export-cases.js';

let c: ExportCases;
beforeAll(async () => {
  c = await exportCases();
});

const summary = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.code, i.path]);

/** The issues of a CSV export, a GeoJSON export and the chunks: all three must agree. */
function issuesOf(cases: unknown, options: Record<string, unknown>): ValidationIssue[] {
  const all: Record<string, unknown> = { district: c.district, now: c.now, ...options };
  const csv = casesToCsv(cases as unknown[], all as unknown as CsvExportOptions);
  if (csv.success) throw new Error('casesToCsv accepted it');
  expect(csv.error).toBeInstanceOf(WanggeValidationError);
  const { columns: _columns, ...geoOptions } = all;
  if (!('columns' in options)) {
    const geo = casesToGeoJson(cases as unknown[], geoOptions as unknown as CsvExportOptions);
    expect(geo.success).toBe(false);
    if (!geo.success) expect(summary(geo.error.issues)).toEqual(summary(csv.error.issues));
  }
  for (const issue of csv.error.issues) {
    expect(issue.message['zh-CN']).not.toBe('');
    expect(issue.message.en).not.toBe('');
    expect(issue.expected['zh-CN']).not.toBe('');
  }
  return [...csv.error.issues];
}

describe('bad options', () => {
  it.each([
    ['a bad now', { now: Number.NaN }, [['invalid_now', ['now']]]],
    ['now as text', { now: '2026-11-27T09:00:00+08:00' }, [['invalid_now', ['now']]]],
    ['now in seconds, not whole', { now: 1.5 }, [['invalid_now', ['now']]]],
    ['now after 9999', { now: 8.64e15 }, [['invalid_now', ['now']]]],
    ['no now', { now: undefined }, [['invalid_now', ['now']]]],
    ['a bad offset', { utcOffset: '+8' }, [['invalid_utc_offset', ['utcOffset']]]],
    ['an offset past 14:00', { utcOffset: '+15:00' }, [['invalid_utc_offset', ['utcOffset']]]],
    ['no district', { district: undefined }, [['invalid_district', ['district']]]],
    ['a bundle, not a district', { district: { units: [] } }, [['invalid_district', ['district']]]],
    ['an unknown values', { values: 'fr' }, [['invalid_value', ['values']]]],
    ['a precision past 15', { precision: 16 }, [['too_big', ['precision']]]],
    ['a misspelt option', { colums: ['id'] }, [['unrecognized_keys', []]]],
  ])('refuses %s', (_what, options, expected) => {
    expect(summary(issuesOf(c.all, options))).toEqual(expected);
  });

  it('refuses unknown and repeated columns, with the index of each', () => {
    const issues = issuesOf(c.all, { columns: ['id', 'reporterPhone', 'step', 'id', 42] });
    expect(summary(issues)).toEqual([
      ['invalid_type', ['columns', 4]],
      ['unknown_column', ['columns', 1]],
      ['duplicate_column', ['columns', 3]],
    ]);
    const unknown = issues.find((i) => i.code === 'unknown_column')!;
    expect(unknown.message).toEqual(EXPORT_MESSAGES.unknown_column.message({}));
    expect(unknown.message.en).not.toContain('reporterPhone');
    expect(summary(issuesOf(c.all, { columns: [] }))).toEqual([['too_small', ['columns']]]);
  });

  it('lists every problem of the options at once', () => {
    expect(
      summary(issuesOf(c.all, { now: -Infinity, values: 'fr', utcOffset: 'CST', columns: ['x'] })),
    ).toEqual([
      ['invalid_value', ['values']],
      ['invalid_now', ['now']],
      ['invalid_utc_offset', ['utcOffset']],
      ['unknown_column', ['columns', 0]],
    ]);
  });

  it('refuses options that are not an object', () => {
    const result = casesToCsv(c.all, null as unknown as CsvExportOptions);
    expect(!result.success && summary(result.error.issues)).toEqual([['invalid_type', []]]);
  });
});

describe('bad cases', () => {
  it('refuses what is not a list of cases', () => {
    for (const cases of [null, undefined, 42, 'c-open', { length: 1 }]) {
      expect(summary(issuesOf(cases, {}))).toEqual([['not_a_case_list', []]]);
    }
  });

  it('refuses what is not a CaseRecord, with the path from the list, and quotes nothing', () => {
    const open = c.byId.get('c-open')!;
    const cases = [
      open,
      { ...open, id: 'has space', reporter: { kind: 'resident', mobile: '12345' } },
      'not a case',
      { ...open, step: 'closed', dueAt: '2026-11-27 09:40' },
    ];
    const issues = issuesOf(cases, {});
    expect(summary(issues)).toEqual([
      ['invalid_format', [1, 'id']],
      ['invalid_mobile', [1, 'reporter', 'mobile']],
      ['invalid_type', [2]],
      ['invalid_value', [3, 'step']],
      ['invalid_format', [3, 'dueAt']],
    ]);
    const text = JSON.stringify(issues);
    expect(text).not.toContain('12345');
    expect(text).not.toContain('not a case');
  });

  it('refuses a case whose unit, grid chain, category, department or worker is not in the district', () => {
    const open = c.byId.get('c-open')!;
    const cases = [
      { ...open, unitId: 'elsewhere' },
      { ...open, gridId: 'ljy-c1' }, // a community, not a grid
      { ...open, districtId: 'xd', streetId: 'x', communityId: 'x', microGridId: 'ljy-c1-g2' },
      { ...open, categoryCode: 'XX-99', departmentId: 'd-xx', workerId: 'p-99' },
    ];
    const issues = issuesOf(cases, {});
    expect(summary(issues)).toEqual([
      ['unknown_unit', [0, 'unitId']],
      ['unknown_unit', [1, 'gridId']],
      ['unknown_unit', [2, 'communityId']],
      ['unknown_unit', [2, 'streetId']],
      ['unknown_unit', [2, 'districtId']],
      ['unknown_unit', [2, 'microGridId']], // a grid, not a micro-grid
      ['unknown_category', [3, 'categoryCode']],
      ['unknown_department', [3, 'departmentId']],
      ['unknown_person', [3, 'workerId']],
    ]);
    expect(issues[1]!.message['zh-CN']).toBe(
      '案件所属的网格不在本辖区内：该案件是否来自另一个辖区，或该单位已被删除？',
    );
    expect(issues[1]!.message.en).toContain("The case's grid is not a grid of the district");
    expect(issues[2]!.message['zh-CN']).toContain('社区（村）');
  });

  it('lists at most 200 problems', () => {
    const bad = Array.from({ length: 500 }, () => ({
      ...c.byId.get('c-open')!,
      unitId: 'nowhere',
    }));
    expect(issuesOf(bad, {})).toHaveLength(200);
  });

  it('never throws from casesToCsv or casesToGeoJson, whatever it is given', () => {
    const weird: unknown[] = [
      undefined,
      null,
      [],
      {},
      Object.create(null),
      new Proxy({}, {}),
      [Symbol('x')],
      [{ toString: () => 'case' }],
    ];
    for (const cases of weird) {
      for (const options of weird) {
        expect(() => casesToCsv(cases as unknown[], options as CsvExportOptions)).not.toThrow();
        expect(() => casesToGeoJson(cases as unknown[], options as CsvExportOptions)).not.toThrow();
      }
    }
  });
});

describe('casesToCsvChunks', () => {
  const catchIt = (run: () => void): WanggeValidationError => {
    try {
      run();
    } catch (error) {
      if (error instanceof WanggeValidationError) return error;
      throw error;
    }
    throw new Error('did not throw');
  };

  it('throws the typed error for bad options when the first chunk is asked for', () => {
    const chunks = casesToCsvChunks(c.all, { district: c.district, now: Number.NaN });
    const error = catchIt(() => chunks.next());
    expect(summary(error.issues)).toEqual([['invalid_now', ['now']]]);
  });

  it('yields the lines of the cases before a bad case, then throws for it', () => {
    const cases = [
      c.byId.get('c-open')!,
      c.byId.get('c-late')!,
      { ...c.byId.get('c-open')!, gridId: 'x' },
    ];
    const got: string[] = [];
    const error = catchIt(() => {
      for (const chunk of casesToCsvChunks(cases, {
        district: c.district,
        now: c.now,
        columns: ['id'],
      })) {
        got.push(chunk);
      }
    });
    expect(got.join('')).toBe('\uFEFFid\r\nc-open\r\nc-late\r\n');
    expect(summary(error.issues)).toEqual([['unknown_unit', [2, 'gridId']]]);
    expect(error.messageIn('zh-CN')).toContain('CaseExport');
  });
});
