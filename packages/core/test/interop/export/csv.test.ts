import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_EXPORT_COLUMNS,
  CASE_EXPORT_HEADERS,
  ExportPermission,
  casesToCsv,
  casesToCsvChunks,
  convertPosition,
  isOverdue,
  summarizeCase,
  type CsvExportOptions,
} from '../../../src/index.js';
import { exportCases, type ExportCases } from './export-cases.js';

let c: ExportCases;
beforeAll(async () => {
  c = await exportCases();
});

function csv(options: Partial<CsvExportOptions> = {}, cases: readonly unknown[] = c.all): string {
  const result = casesToCsv(cases, { district: c.district, now: c.now, ...options });
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

/** The CSV read back by csv-parse in its strict mode (no relaxed quotes or column counts). */
function rows(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n' });
}

/** The rows as objects by header. */
function table(text: string): Record<string, string>[] {
  const [header = [], ...body] = rows(text);
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const rowOf = (text: string, id: string) => table(text).find((row) => row.id === id)!;

describe('the file', () => {
  it('starts with a byte order mark and ends every line, the last one too, with CRLF', () => {
    const text = csv();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF: the only bare LF is inside c-open's text.
    const outside = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outside).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(outside.split('\r\n')).toHaveLength(c.all.length + 2);
    expect(csv({ bom: false }).charCodeAt(0)).toBe('i'.charCodeAt(0));
  });

  it('has one row per case, every column by default, in the order of CASE_EXPORT_COLUMNS', () => {
    const [header, ...body] = rows(csv());
    expect(header).toEqual([...CASE_EXPORT_COLUMNS]);
    expect(body.map((cells) => cells[0])).toEqual(c.all.map((record) => record.id));
    for (const cells of body) expect(cells).toHaveLength(CASE_EXPORT_COLUMNS.length);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and nothing else', () => {
    const text = csv({ columns: ['id', 'description'] });
    expect(text).toContain(
      'c-open,"3号楼""二单元""楼道堆放杂物，\n堵塞消防通道, 多次劝说无效"\r\n',
    );
    expect(text).toContain('c-late,楼道堆放杂物，堵塞消防通道\r\n');
    expect(rowOf(text, 'c-open').description).toBe(c.byId.get('c-open')!.description);
  });

  it('neutralises a formula (OWASP CSV injection) with a leading apostrophe', () => {
    const text = csv({ columns: ['id', 'description'] });
    expect(text).toContain(`c-anonymous,"'=HYPERLINK(""http://example.com"",""点击"")"\r\n`);
    expect(rowOf(text, 'c-anonymous').description).toBe(
      `'${c.byId.get('c-anonymous')!.description}`,
    );
  });

  it('writes nothing for a value a case does not have', () => {
    const row = rowOf(csv(), 'c-late');
    expect(row.workerId).toBe('');
    expect(row.archivedAt).toBe('');
    expect(row.microGridName).toBe('');
  });
});

describe('options', () => {
  it('picks and orders columns', () => {
    const text = csv({ columns: ['dueAt', 'id', 'gridName'] });
    const [header, first] = rows(text);
    expect(header).toEqual(['dueAt', 'id', 'gridName']);
    expect(first).toEqual(['2026-11-27T09:40:00+08:00', 'c-open', '第一网格']);
  });

  it('writes Chinese headers with headers: zh-CN', () => {
    const [header] = rows(csv({ headers: 'zh-CN' }));
    expect(header).toEqual(
      CASE_EXPORT_COLUMNS.map((column) => CASE_EXPORT_HEADERS[column]['zh-CN']),
    );
    expect(header?.slice(0, 5)).toEqual([
      '案件编号',
      '类别代码',
      '问题类别',
      '紧急程度',
      '办理环节',
    ]);
  });

  const enums = [
    'step',
    'level',
    'status',
    'overdue',
    'outcome',
    'priority',
    'reporterKind',
  ] as const;

  it('writes codes by default, and names them with values: zh-CN or en', () => {
    const pick = (values: CsvExportOptions['values']) => {
      const row = rowOf(csv({ columns: ['id', ...enums, 'personalData'], values }), 'c-archived');
      return [...enums, 'personalData'].map((column) => row[column]);
    };
    expect(pick(undefined)).toEqual([
      'archived',
      'grid',
      'closed',
      'false',
      'resolved',
      'normal',
      'resident',
      'masked',
    ]);
    expect(pick('codes')).toEqual(pick(undefined));
    expect(pick('zh-CN')).toEqual([
      '结案归档',
      '网格',
      '已结案',
      '否',
      '已解决',
      '一般',
      '居民',
      '已脱敏',
    ]);
    expect(pick('en')).toEqual([
      'Archived',
      'Grid',
      'Closed',
      'No',
      'Resolved',
      'Normal',
      'Resident',
      'Masked',
    ]);
  });

  it('names units and categories in English with values: en, where the district has a name', () => {
    const columns = ['id', 'categoryName', 'districtName', 'gridName', 'departmentName'] as const;
    const en = rowOf(csv({ columns: [...columns], values: 'en' }), 'c-department');
    expect(en).toEqual({
      id: 'c-department',
      categoryName: 'Neighbour dispute mediation',
      districtName: 'Yingze District',
      gridName: '第一网格', // grids have no English name: the Chinese one
      departmentName: 'Comprehensive governance',
    });
    const zh = rowOf(csv({ columns: [...columns] }), 'c-department');
    expect(zh.categoryName).toBe('邻里纠纷调解');
    expect(zh.districtName).toBe('迎泽区');
  });

  it('writes the status of each case', () => {
    const text = csv({ columns: ['id', 'status'] });
    expect(table(text).map((row) => [row.id, row.status])).toEqual([
      ['c-open', 'open'],
      ['c-archived', 'closed'],
      ['c-community', 'open'],
      ['c-street', 'open'],
      ['c-department', 'open'],
      ['c-anonymous', 'open'],
      ['c-rejected', 'closed'],
      ['c-suspended', 'suspended'],
      ['c-late', 'open'],
    ]);
  });

  it('says a case is overdue exactly as isOverdue does at now', () => {
    for (const now of [c.now, c.now - 86_400_000, c.now + 10 * 86_400_000]) {
      const text = csv({ columns: ['id', 'overdue'], now });
      for (const row of table(text)) {
        const record = c.byId.get(row.id!)!;
        expect(row.overdue).toBe(String(isOverdue(summarizeCase(record), now)));
      }
    }
    const text = csv({ columns: ['id', 'overdue'] });
    expect(rowOf(text, 'c-open').overdue).toBe('true');
    expect(rowOf(text, 'c-late').overdue).toBe('false');
    expect(rowOf(text, 'c-suspended').overdue).toBe('false'); // its clock is stopped
  });

  it('writes every time on one clock, utcOffset, as the same instant', () => {
    const record = c.byId.get('c-archived')!;
    const beijing = rowOf(
      csv({ columns: ['id', 'dueAt', 'createdAt', 'archivedAt'] }),
      'c-archived',
    );
    expect(beijing.dueAt).toBe('2026-11-27T09:50:00+08:00');
    const utc = rowOf(
      csv({ columns: ['id', 'dueAt', 'createdAt', 'archivedAt'], utcOffset: '+00:00' }),
      'c-archived',
    );
    expect(utc.dueAt).toBe('2026-11-27T01:50:00+00:00');
    const west = rowOf(csv({ columns: ['id', 'dueAt'], utcOffset: '-05:30' }), 'c-archived');
    expect(west.dueAt).toBe('2026-11-26T20:20:00-05:30');
    for (const column of ['dueAt', 'createdAt', 'archivedAt'] as const) {
      expect(Date.parse(utc[column]!)).toBe(Date.parse(record[column]!));
      expect(utc[column]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$/);
    }
  });

  it('writes points in WGS-84 by default, or in the system asked for, rounded to precision', () => {
    const record = c.byId.get('c-open')!; // GCJ-02
    const columns = ['id', 'longitude', 'latitude', 'coordinateSystem'] as const;
    const wgs = rowOf(csv({ columns: [...columns] }), 'c-open');
    const [lng, lat] = convertPosition(record.location.point.coordinates, 'GCJ02', 'WGS84');
    expect(wgs.coordinateSystem).toBe('WGS84');
    expect(Number(wgs.longitude)).toBeCloseTo(lng, 6);
    expect(Number(wgs.latitude)).toBeCloseTo(lat, 6);
    expect(wgs.longitude).toMatch(/^\d+\.\d{1,6}$/);
    const gcj = rowOf(csv({ columns: [...columns], coordinateSystem: 'GCJ02' }), 'c-open');
    expect([gcj.longitude, gcj.latitude, gcj.coordinateSystem]).toEqual([
      '112.5636',
      '37.8618',
      'GCJ02',
    ]);
    const coarse = rowOf(csv({ columns: [...columns], precision: 2 }), 'c-open');
    expect([coarse.longitude, coarse.latitude]).toEqual([
      String(Math.round(lng * 100) / 100),
      String(Math.round(lat * 100) / 100),
    ]);
  });

  it('names a unit the district lost as empty with unknownReferences: blank, and keeps its id', () => {
    const record = { ...c.byId.get('c-open')!, workerId: 'p-gone', microGridId: 'm-gone' };
    const refused = casesToCsv([record], { district: c.district, now: c.now });
    expect(refused.success).toBe(false);
    const row = table(csv({ unknownReferences: 'blank' }, [record]))[0]!;
    expect([row.workerId, row.workerName, row.microGridId, row.microGridName]).toEqual([
      'p-gone',
      '',
      'm-gone',
      '',
    ]);
  });
});

describe('casesToCsvChunks', () => {
  it('gives, joined, the text of casesToCsv, in chunks of whole lines', () => {
    const permission = ExportPermission.grant(c.district, 'p-7');
    if (!permission.granted) throw new Error('p-7 supervises the district');
    for (const options of [
      {},
      { headers: 'zh-CN', values: 'zh-CN' },
      { permission: permission.permission, columns: ['id', 'reporterName'] },
      { bom: false },
    ] as const) {
      const whole = csv(options);
      for (const chunkSize of [1, 200, 1_000, 65_536]) {
        const chunks = [
          ...casesToCsvChunks(c.all, { district: c.district, now: c.now, ...options, chunkSize }),
        ];
        expect(chunks.join('')).toBe(whole);
        chunks.slice(0, -1).forEach((chunk) => {
          expect(chunk.length).toBeGreaterThanOrEqual(chunkSize);
          expect(chunk.endsWith('\r\n')).toBe(true);
        });
      }
    }
  });

  it('yields the header, then one line per case, with chunkSize 1', () => {
    const chunks = [
      ...casesToCsvChunks(c.all, {
        district: c.district,
        now: c.now,
        columns: ['id'],
        chunkSize: 1,
      }),
    ];
    expect(chunks).toEqual(['\uFEFFid\r\n', ...c.all.map((record) => `${record.id}\r\n`)]);
  });

  it('reads a generator of cases one at a time', () => {
    let read = 0;
    function* source() {
      for (const record of c.all) {
        read++;
        yield record;
      }
    }
    const chunks = casesToCsvChunks(source(), {
      district: c.district,
      now: c.now,
      columns: ['id'],
      chunkSize: 1,
    });
    expect(read).toBe(0); // nothing is read before the first chunk is asked for
    chunks.next(); // the header
    chunks.next();
    expect(read).toBe(1);
    expect([...chunks]).toHaveLength(c.all.length - 1);
    expect(read).toBe(c.all.length);
  });

  it('writes the header of an empty list', () => {
    expect(csv({ columns: ['id', 'step'] }, [])).toBe('\uFEFFid,step\r\n');
    expect([
      ...casesToCsvChunks([], { district: c.district, now: c.now, columns: ['id'] }),
    ]).toEqual(['\uFEFFid\r\n']);
  });
});
