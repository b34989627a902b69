// GET /services and GET /services/{code} of a district: its category catalogue as Open311
// services, the reversible code mapping, and the attributes its configuration gives.
import { describe, expect, it } from 'vitest';
import {
  compileOpen311Config,
  open311ServiceDefinition,
  open311Services,
  readOpen311ServiceDefinition,
  readOpen311Services,
  writeOpen311ServiceDefinition,
  writeOpen311Services,
  type Open311Format,
} from '../../../src/index.js';
import { caseDistrict } from '../../fixtures/case-district.js';
import { setup } from './support/open311-harness.js';

describe('open311Services', () => {
  it('lists every category of the catalogue, in order, with its names in zh-CN by default', () => {
    const { profile } = setup();
    expect(open311Services(profile)).toEqual([
      {
        service_code: 'ZZ-00',
        service_name: '矛盾纠纷',
        metadata: false,
        type: 'realtime',
        group: '综合治理',
      },
      {
        service_code: 'ZZ-01',
        service_name: '邻里纠纷调解',
        metadata: false,
        type: 'realtime',
        group: '矛盾纠纷',
      },
      {
        service_code: '001',
        service_name: '消防通道堵塞',
        description: '楼道、消防通道被杂物堵塞',
        metadata: true,
        type: 'realtime',
        keywords: ['消防', '楼道'],
        group: '城市管理',
      },
    ]);
  });

  it('speaks English when asked: names, group, description and keywords', () => {
    const { profile } = setup();
    const [, child, mapped] = open311Services(profile, { locale: 'en' });
    expect(child).toMatchObject({ service_name: 'Neighbour dispute mediation', group: 'Disputes' });
    expect(mapped).toMatchObject({
      service_code: '001',
      service_name: 'Blocked fire escape',
      description: 'Stairwells or fire escapes blocked by clutter',
      keywords: ['fire escape', 'stairwell'],
      group: 'City management',
    });
  });

  it('uses the category codes themselves when the district maps nothing', () => {
    const district = caseDistrict();
    const profile = compileOpen311Config(undefined, district);
    expect(profile.success).toBe(true);
    if (!profile.success) return;
    expect(open311Services(profile.data).map((s) => s.service_code)).toEqual([
      'ZZ-00',
      'ZZ-01',
      'CG-01',
    ]);
    expect(profile.data.categoryCodes.get('CG-01')).toBe('CG-01');
  });

  it('maps codes both ways, one category per service code', () => {
    const { profile } = setup();
    for (const [category, service] of profile.serviceCodes) {
      expect(profile.categoryCodes.get(service)).toBe(category);
    }
    expect(profile.serviceCodes.size).toBe(profile.categoryCodes.size);
  });

  it('gives the district-wide type, overridden per category', () => {
    const { profile } = setup({ type: 'batch', services: { 'ZZ-01': { type: 'blackbox' } } });
    expect(open311Services(profile).map((s) => s.type)).toEqual(['batch', 'blackbox', 'batch']);
  });

  it('returns frozen services', () => {
    const { profile } = setup();
    const services = open311Services(profile);
    expect(Object.isFrozen(services)).toBe(true);
    expect(Object.isFrozen(services[2]?.keywords)).toBe(true);
  });

  it.each<Open311Format>(['xml', 'json'])(
    'writes a list in %s that reads back the same',
    (format) => {
      const { profile } = setup();
      for (const locale of ['zh-CN', 'en'] as const) {
        const services = open311Services(profile, { locale });
        const read = readOpen311Services(writeOpen311Services(services, format), format);
        expect(read).toEqual({ success: true, data: services });
      }
    },
  );
});

describe('open311ServiceDefinition', () => {
  it('lists the attributes of a mapped service in their order, in the locale', () => {
    const { profile } = setup();
    const result = open311ServiceDefinition(profile, '001', { locale: 'en' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.service_code).toBe('001');
    expect(result.data.attributes.map((a) => [a.order, a.code, a.datatype])).toEqual([
      [1, 'BLOCKED', 'singlevaluelist'],
      [2, 'FLOOR', 'number'],
      [3, 'ITEMS', 'multivaluelist'],
      [4, 'SEEN', 'datetime'],
      [5, 'NOTE', 'string'],
      [6, 'INFO', 'text'],
    ]);
    expect(result.data.attributes[0]).toEqual({
      variable: true,
      code: 'BLOCKED',
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
      description: 'Is the passage fully blocked?',
      values: [
        { key: 'full', name: 'Fully blocked' },
        { key: 'part', name: 'Partly blocked' },
      ],
    });
    expect(result.data.attributes[1]).toMatchObject({
      required: false,
      datatype_description: 'A number, e.g. 3',
    });
    expect(result.data.attributes[5]).toMatchObject({ variable: false });
  });

  it('answers zh-CN texts by default', () => {
    const { profile } = setup();
    const result = open311ServiceDefinition(profile, '001');
    expect(result.success && result.data.attributes[0]?.description).toBe('通道是否完全堵死？');
    expect(result.success && result.data.attributes[0]?.values?.[0]?.name).toBe('完全堵死');
  });

  it('gives an empty definition for a service without attributes', () => {
    const { profile } = setup();
    expect(open311ServiceDefinition(profile, 'ZZ-01')).toEqual({
      success: true,
      data: { service_code: 'ZZ-01', attributes: [] },
    });
  });

  it('refuses a code it does not know, also a category code mapped to another one (404)', () => {
    const { profile } = setup();
    for (const code of ['CG-01', 'nope', '']) {
      const result = open311ServiceDefinition(profile, code);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues[0]).toMatchObject({
          code: 'open311_unknown_service_code',
          path: ['service_code'],
        });
      }
    }
  });

  it.each<Open311Format>(['xml', 'json'])(
    'writes the definition in %s to read back the same',
    (format) => {
      const { profile } = setup();
      const result = open311ServiceDefinition(profile, '001');
      if (!result.success) throw result.error;
      const written = writeOpen311ServiceDefinition(result.data, format);
      expect(readOpen311ServiceDefinition(written, format)).toEqual(result);
    },
  );
});
