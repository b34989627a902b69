import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ExportPermission,
  authorizeCaseCommand,
  casesToCsv,
  casesToGeoJson,
  maskFreeText,
  type CaseRecord,
  type CsvExportOptions,
} from '../../../src/index.js';
import { caseDistrict } from '../../fixtures/case-district.js';
import { exportCases, type ExportCases } from './export-cases.js';

let c: ExportCases;
beforeAll(async () => {
  c = await exportCases();
});

const COLUMNS = ['id', 'reporterName', 'reporterMobile', 'description', 'personalData'] as const;

function rowsBy(options: Partial<CsvExportOptions> = {}, cases: readonly unknown[] = c.all) {
  const result = casesToCsv(cases, {
    district: c.district,
    now: c.now,
    columns: [...COLUMNS],
    ...options,
  });
  if (!result.success) throw new Error(result.error.format('en'));
  const [, ...body] = parse(result.data, { bom: true });
  return new Map(body.map((cells) => [cells[0]!, cells.slice(1)]));
}

function permissionOf(personId: string): ExportPermission {
  const result = ExportPermission.grant(c.district, personId);
  if (!result.granted) throw new Error(`${personId}: ${result.denial.code}`);
  return result.permission;
}

const unmaskedIds = (personId: string) =>
  [...rowsBy({ permission: permissionOf(personId) })]
    .filter(([, cells]) => cells[3] === 'unmasked')
    .map(([id]) => id);

describe('by default', () => {
  it('masks every reporter and the personal data in every description', () => {
    const rows = rowsBy();
    expect(rows.get('c-open')).toEqual([
      '王**',
      '139****5678',
      '3号楼"二单元"楼道堆放杂物，\n堵塞消防通道, 多次劝说无效',
      'masked',
    ]);
    expect(rows.get('c-community')).toEqual([
      '张**',
      '138****8000',
      '张**反映邻居噪音扰民，联系电话 138 **** 8000',
      'masked',
    ]);
    expect(rows.get('c-street')?.slice(0, 3)).toEqual([
      '刘**',
      '137****5678',
      '来电人身份证号 140***********0027，要求核实低保资格',
    ]);
    for (const [, cells] of rows) expect(cells[3]).toBe('masked');
    const text = [...rows.values()].flat().join('\n');
    for (const secret of [
      '王秀英',
      '13912345678',
      '张小明',
      '13800138000',
      '0013',
      '140106193803050027',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('masks the GeoJSON properties the same way', () => {
    const result = casesToGeoJson(c.all, { district: c.district, now: c.now });
    if (!result.success) throw result.error;
    const text = JSON.stringify(result.data);
    expect(text).not.toContain('王秀英');
    expect(text).not.toContain('13912345678');
    const open = result.data.features.find((f) => f.id === 'c-open')!.properties;
    expect([open.reporterName, open.reporterMobile, open.personalData]).toEqual([
      '王**',
      '139****5678',
      'masked',
    ]);
  });

  it('keeps anonymous reporters anonymous, and staff reporters as their id', () => {
    const rows = rowsBy({
      columns: ['id', 'reporterKind', 'reporterPersonId', 'reporterName', 'reporterMobile'],
    });
    expect(rows.get('c-anonymous')).toEqual(['resident', '', '', '']);
    expect(rows.get('c-department')).toEqual(['grid-worker', 'p-15', '', '']);
  });

  it('masks the names of the reporters of merged duplicates in the description', () => {
    const record: CaseRecord = {
      ...c.byId.get('c-open')!,
      description: '孙建国和王秀英都反映了此事',
      linkedReports: [{ caseId: 'c-dup', reporter: { kind: 'resident', name: '孙建国' } }],
    };
    expect(rowsBy({}, [record]).get('c-open')?.[2]).toBe('孙**和王**都反映了此事');
  });
});

describe('ExportPermission', () => {
  it('unmasks, per case, only the cases the person supervises; the others stay masked', () => {
    expect(unmaskedIds('p-3')).toEqual([
      'c-open',
      'c-archived',
      'c-anonymous',
      'c-rejected',
      'c-suspended',
      'c-late',
    ]);
    expect(unmaskedIds('p-5')).toEqual([
      'c-open',
      'c-archived',
      'c-community',
      'c-anonymous',
      'c-rejected',
      'c-suspended',
      'c-late',
    ]);
    expect(unmaskedIds('p-17')).toEqual(['c-department']);
    expect(unmaskedIds('p-6')).toEqual(
      c.all.map((r) => r.id).filter((id) => id !== 'c-department'),
    );
    expect(unmaskedIds('p-7')).toEqual(c.all.map((r) => r.id));

    const rows = rowsBy({ permission: permissionOf('p-3') });
    expect(rows.get('c-open')).toEqual([
      '王秀英',
      '13912345678',
      '3号楼"二单元"楼道堆放杂物，\n堵塞消防通道, 多次劝说无效',
      'unmasked',
    ]);
    // Escalated to the community: the grid chief no longer supervises it.
    expect(rows.get('c-community')).toEqual(rowsBy().get('c-community'));
  });

  it('agrees with authorizeCaseCommand on who may supervise each case', () => {
    for (const person of c.district.bundle.people) {
      const grant = ExportPermission.grant(c.district, person.id);
      for (const record of c.all) {
        const units = [
          record.microGridId,
          record.gridId,
          record.communityId,
          record.streetId,
          record.districtId,
        ].filter((id): id is string => id !== undefined);
        const may = authorizeCaseCommand(c.district, person.id, 'archive', {
          units,
          level: record.level,
          record,
        });
        expect(grant.granted && grant.permission.allows(record), `${person.id} ${record.id}`).toBe(
          may.allowed,
        );
      }
    }
  });

  it('keeps anonymous reporters anonymous even unmasked', () => {
    const rows = rowsBy({ permission: permissionOf('p-7') });
    expect(rows.get('c-anonymous')?.slice(0, 2)).toEqual(['', '']);
    expect(rows.get('c-anonymous')?.[3]).toBe('unmasked');
  });

  it('is refused to people who do not supervise cases, with the reason in zh-CN and en', () => {
    for (const [personId, code] of [
      ['p-1', 'export_not_permitted'], // grid worker
      ['p-4', 'export_not_permitted'], // building head
      ['p-8', 'export_not_permitted'], // department staff
      ['p-9', 'export_not_permitted'], // volunteer
      ['p-99', 'unknown_person'],
    ] as const) {
      const result = ExportPermission.grant(c.district, personId);
      expect(result.granted).toBe(false);
      if (!result.granted) {
        expect(result.denial.code).toBe(code);
        expect(result.denial.message['zh-CN']).not.toBe('');
        expect(result.denial.message.en).not.toBe('');
      }
    }
    expect(ExportPermission.grant(c.district, 'p-1')).toMatchObject({
      denial: { message: { 'zh-CN': expect.stringContaining('脱敏') as unknown } },
    });
  });

  it('cannot be forged, nor used with another district', () => {
    const forged = { personId: 'p-7', district: c.district, allows: () => true };
    const other = ExportPermission.grant(caseDistrict(), 'p-7');
    if (!other.granted) throw new Error('p-7 supervises');
    for (const permission of [forged, other.permission, 'p-7', true]) {
      const result = casesToCsv(c.all, {
        district: c.district,
        now: c.now,
        permission: permission as ExportPermission,
      });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
          ['invalid_permission', ['permission']],
        ]);
      }
    }
    expect(ExportPermission.isPermission(forged)).toBe(false);
    expect(Object.isFrozen(permissionOf('p-7'))).toBe(true);
  });
});

describe('maskFreeText', () => {
  it.each([
    ['电话13800138000', '电话138****8000'],
    ['电话 138 0013 8000。', '电话 138 **** 8000。'],
    ['tel: +86 138-0013-8000', 'tel: +86 138-****-8000'],
    ['0086 13800138000', '0086 138****8000'],
    ['全角１３８００１３８０００', '全角１３８****８０００'],
    ['房号1202，13800138000', '房号1202，138****8000'],
    ['工单8613800138000', '工单86138****8000'],
    ['身份证140106193803050027', '身份证140***********0027'],
    ['身份证 11010519491231002X 号', '身份证 110***********002X 号'],
    ['身份证 140106 19380305 0027', '身份证 140*** ******** 0027'],
    ['旧证 140106380305002', '旧证 140********5002'],
    ['银行卡 6222021234567890123', '银行卡 622************0123'],
    ['座机 0351-4045678 不是手机', '座机 0351-4045678 不是手机'],
    ['12 号楼 3 单元', '12 号楼 3 单元'],
  ])('masks %j as %j', (text, masked) => {
    expect(maskFreeText(text)).toBe(masked);
  });

  it('masks every occurrence of the names it is given, and leaves what it cannot mask', () => {
    expect(maskFreeText('王秀英说：王秀英的邻居', ['王秀英'])).toBe('王**说：王**的邻居');
    expect(maskFreeText('Li Ming called', ['Li Ming'])).toBe('L* M*** called');
    expect(maskFreeText('李说', ['李'])).toBe('李说'); // one character: maskName keeps it
    expect(maskFreeText('a\u0000b', ['a\u0000b'])).toBe('a\u0000b'); // not a name
    expect(maskFreeText('bbb*', ['bb*'])).not.toContain('bb*');
  });
});
