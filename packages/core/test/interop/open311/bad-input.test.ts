// Bad input never throws and is never answered wrongly: every Open311 code comes back with its
// path and its messages in zh-CN and en, without the offending value; and whatever a client
// sends (random text, random JSON, random XML pieces) gets a result, not an exception.
import { describe, expect, it } from 'vitest';
import {
  compileOpen311Config,
  GridIndex,
  importOpen311Post,
  OPEN311_MESSAGES,
  open311Errors,
  readOpen311Errors,
  readOpen311PostForm,
  readOpen311PostResponse,
  readOpen311ServiceDefinition,
  readOpen311ServiceRequests,
  readOpen311Services,
  writeOpen311Errors,
  type Open311ImportOptions,
  type ParseResult,
} from '../../../src/index.js';
import { caseDistrict } from '../../fixtures/case-district.js';
import { fc } from '../../support/fast-check.js';
import { caseLayer, CONFIG, counterIds, INTAKE, setup } from './support/open311-harness.js';

const s = setup();
const options: Open311ImportOptions = {
  gridIndex: s.gridIndex,
  actorId: INTAKE,
  ids: counterIds(),
};
const LAT = '37.8672';
const LONG = '112.5569';
const post = (fields: Record<string, unknown>) =>
  importOpen311Post(s.profile, { lat: LAT, long: LONG, ...fields }, options);
const blocked = { service_code: '001', 'attribute[BLOCKED]': 'full' };
const compile = (config: unknown) => compileOpen311Config(config, caseDistrict());
const attribute = (more: Record<string, unknown>) => ({
  code: 'A',
  datatype: 'string',
  order: 1,
  description: { zh: '问', en: 'Q' },
  ...more,
});
const withAttributes = (...attributes: Record<string, unknown>[]) =>
  compile({ services: { 'CG-01': { attributes } } });

const ghostLayer = GridIndex.fromLayer({
  ...caseLayer(),
  features: caseLayer().features.map((feature) => ({
    ...feature,
    properties: { ...feature.properties, id: `ghost-${feature.properties.id}` },
  })),
});

type Case = readonly [string, () => ParseResult<unknown>, readonly PropertyKey[]];

const CASES: Readonly<Record<string, readonly Case[]>> = {
  invalid_json: [
    ['a truncated list', () => readOpen311Services('[{"service_code":', 'json'), []],
    ['a number with a leading zero', () => readOpen311Errors('[{"code":007}]', 'json'), []],
  ],
  open311_invalid_xml: [
    ['an unclosed element', () => readOpen311Services('<services><service></services>', 'xml'), []],
    ['two root elements', () => readOpen311Services('<services/><services/>', 'xml'), []],
    [
      'an HTML entity',
      () => readOpen311Errors('<errors><error>&nbsp;</error></errors>', 'xml'),
      [],
    ],
    [
      'an entity of a DTD (no expansion attacks)',
      () =>
        readOpen311Errors(
          '<!DOCTYPE errors [<!ENTITY a "aaaaaaaaaa">]><errors><error><code>&a;</code></error></errors>',
          'xml',
        ),
      [],
    ],
    [
      'a reference to a forbidden character',
      () => readOpen311Services('<services>&#0;</services>', 'xml'),
      [],
    ],
    [
      'a raw control character',
      () => readOpen311Services('<services>\u0001</services>', 'xml'),
      [],
    ],
    [
      'an element named __proto__',
      () => readOpen311Services('<services><__proto__/></services>', 'xml'),
      [],
    ],
    ['no XML at all', () => readOpen311Services('services', 'xml'), []],
    ['nothing', () => readOpen311Services('', 'xml'), []],
    ['a CDATA end in text', () => readOpen311Services('<services>a ]]> b</services>', 'xml'), []],
    ['a stray ampersand', () => readOpen311Services('<services>A & B</services>', 'xml'), []],
  ],
  open311_unexpected_root: [
    ['another document', () => readOpen311Services('<errors/>', 'xml'), []],
    [
      'an object for a list',
      () => readOpen311ServiceRequests('{"service_requests":[]}', 'json'),
      [],
    ],
    ['a list for the definition', () => readOpen311ServiceDefinition('[]', 'json'), []],
  ],
  open311_missing_field: [
    [
      'a service without code',
      () => readOpen311Services('[{"service_name":"x","metadata":false,"type":"batch"}]', 'json'),
      [0, 'service_code'],
    ],
    [
      'an error without description',
      () => readOpen311Errors('<errors><error><code>400</code></error></errors>', 'xml'),
      [0, 'description'],
    ],
    ['a POST without service_code', () => readOpen311PostForm('lat=1&long=2'), ['service_code']],
  ],
  open311_invalid_field: [
    [
      'metadata that is no boolean',
      () =>
        readOpen311Services(
          '[{"service_code":"1","service_name":"x","metadata":"yes","type":"batch"}]',
          'json',
        ),
      [0, 'metadata'],
    ],
    [
      'an unknown status',
      () =>
        readOpen311ServiceRequests(
          '[{"service_request_id":"1","status":"pending","service_code":"1"}]',
          'json',
        ),
      [0, 'status'],
    ],
    [
      'a repeated element',
      () =>
        readOpen311ServiceRequests(
          '<service_requests><request><service_request_id>1</service_request_id><status>open</status><status>closed</status><service_code>1</service_code></request></service_requests>',
          'xml',
        ),
      [0, 'status'],
    ],
    ['an item that is no object', () => readOpen311PostResponse('["293944"]', 'json'), [0]],
    [
      'an id JSON cannot hold exactly',
      () => readOpen311PostResponse('[{"service_request_id":12345678901234567890}]', 'json'),
      [0, 'service_request_id'],
    ],
    [
      'a value with elements inside',
      () =>
        readOpen311Errors(
          '<errors><error><code><b>4</b></code><description>d</description></error></errors>',
          'xml',
        ),
      [0, 'code'],
    ],
    ['a POST field given twice', () => readOpen311PostForm('service_code=1&lat=1&lat=2'), ['lat']],
  ],
  open311_invalid_datetime: [
    [
      'a time without zone',
      () =>
        readOpen311ServiceRequests(
          '[{"service_request_id":"1","status":"open","service_code":"1","requested_datetime":"2010-04-14 06:37:38"}]',
          'json',
        ),
      [0, 'requested_datetime'],
    ],
    [
      'a day that does not exist',
      () =>
        readOpen311ServiceRequests(
          '[{"service_request_id":"1","status":"open","service_code":"1","updated_datetime":"2026-02-30T09:00:00+08:00"}]',
          'json',
        ),
      [0, 'updated_datetime'],
    ],
  ],
  open311_invalid_form: [
    ['bad percent-encoding', () => readOpen311PostForm('service_code=%E0%A4%A'), []],
    [
      'a value that is no text',
      () => readOpen311PostForm({ service_code: { a: 1 } }),
      ['service_code'],
    ],
    [
      'an attribute that is no text',
      () => readOpen311PostForm({ service_code: '1', attribute: { A: [true] } }),
      ['attribute', 'A'],
    ],
  ],
  open311_unknown_service_code: [
    ['a code the district does not have', () => post({ service_code: '999' }), ['service_code']],
    ['a category code mapped to another', () => post({ service_code: 'CG-01' }), ['service_code']],
  ],
  open311_missing_location: [
    [
      'an address only',
      () =>
        importOpen311Post(
          s.profile,
          { service_code: 'ZZ-01', address_string: '双塔西街' },
          options,
        ),
      ['lat'],
    ],
    [
      'a latitude alone',
      () => importOpen311Post(s.profile, { service_code: 'ZZ-01', lat: LAT }, options),
      ['long'],
    ],
  ],
  open311_invalid_coordinate: [
    ['a latitude that is no number', () => post({ service_code: 'ZZ-01', lat: 'north' }), ['lat']],
    ['a longitude that is NaN', () => post({ service_code: 'ZZ-01', long: 'NaN' }), ['long']],
    [
      'a list latitude',
      () =>
        readOpen311ServiceRequests(
          '[{"service_request_id":"1","status":"open","service_code":"1","lat":[1]}]',
          'json',
        ),
      [0, 'lat'],
    ],
  ],
  open311_coordinate_out_of_range: [
    ['a latitude of 95', () => post({ service_code: 'ZZ-01', lat: '95' }), ['lat']],
    ['a longitude of -200', () => post({ service_code: 'ZZ-01', long: '-200' }), ['long']],
    [
      'swapped coordinates in a list',
      () =>
        readOpen311ServiceRequests(
          '[{"service_request_id":"1","status":"open","service_code":"1","lat":112.56,"long":37.86}]',
          'json',
        ),
      [0, 'lat'],
    ],
  ],
  open311_outside_grids: [
    [
      'a point in Beijing',
      () => post({ service_code: 'ZZ-01', lat: '39.9087', long: '116.3975' }),
      [],
    ],
  ],
  open311_unknown_grid: [
    [
      'a layer that does not match the district',
      () =>
        importOpen311Post(
          s.profile,
          { service_code: 'ZZ-01', lat: LAT, long: LONG },
          { ...options, gridIndex: ghostLayer },
        ),
      [],
    ],
  ],
  open311_missing_attribute: [
    [
      'a required attribute left out',
      () => post({ service_code: '001' }),
      ['attribute', 'BLOCKED'],
    ],
    [
      'a required attribute left empty',
      () => post({ service_code: '001', 'attribute[BLOCKED]': '' }),
      ['attribute', 'BLOCKED'],
    ],
  ],
  open311_invalid_attribute: [
    [
      'a number that is not',
      () => post({ ...blocked, 'attribute[FLOOR]': 'three' }),
      ['attribute', 'FLOOR'],
    ],
    [
      'a key not in the list',
      () => post({ service_code: '001', 'attribute[BLOCKED]': 'maybe' }),
      ['attribute', 'BLOCKED'],
    ],
    [
      'two values for a single-value list',
      () => post({ service_code: '001', attribute: { BLOCKED: ['full', 'part'] } }),
      ['attribute', 'BLOCKED'],
    ],
    [
      'a datetime that is not ISO 8601',
      () => post({ ...blocked, 'attribute[SEEN]': 'yesterday' }),
      ['attribute', 'SEEN'],
    ],
    [
      'a string with a line break',
      () => post({ ...blocked, 'attribute[NOTE]': 'a\nb' }),
      ['attribute', 'NOTE'],
    ],
    [
      'a multi-value list with an unknown key',
      () => post({ service_code: '001', attribute: { BLOCKED: 'full', ITEMS: ['bike', 'car'] } }),
      ['attribute', 'ITEMS'],
    ],
  ],
  open311_description_too_long: [
    [
      '2,001 characters',
      () => post({ service_code: 'ZZ-01', description: '字'.repeat(2001) }),
      ['description'],
    ],
    [
      '2,000 characters and the answers',
      () => post({ ...blocked, description: '字'.repeat(2000) }),
      ['description'],
    ],
  ],
  open311_invalid_media_url: [
    [
      'a javascript: URL',
      () => post({ service_code: 'ZZ-01', media_url: 'javascript:alert(1)' }),
      ['media_url'],
    ],
    [
      'a path of another site',
      () => post({ service_code: 'ZZ-01', media_url: '/photos/1.jpg' }),
      ['media_url'],
    ],
  ],
  open311_unknown_category: [
    [
      'a mapping of an unknown category',
      () => compile({ serviceCodes: { 'XX-99': '9' } }),
      ['serviceCodes', 'XX-99'],
    ],
    [
      'services of an unknown category',
      () => compile({ services: { 'XX-99': {} } }),
      ['services', 'XX-99'],
    ],
  ],
  open311_duplicate_service_code: [
    [
      'a code mapped onto another category’s',
      () => compile({ serviceCodes: { 'ZZ-00': 'ZZ-01' } }),
      ['serviceCodes', 'ZZ-01'],
    ],
    [
      'two categories mapped to one code',
      () => compile({ serviceCodes: { 'ZZ-00': 'X', 'ZZ-01': 'X' } }),
      ['serviceCodes', 'ZZ-01'],
    ],
  ],
  open311_duplicate_attribute: [
    [
      'two attributes with one code',
      () => withAttributes(attribute({}), attribute({ order: 2 })),
      ['services', 'CG-01', 'attributes', 1, 'code'],
    ],
  ],
  open311_duplicate_order: [
    [
      'two attributes in one place',
      () => withAttributes(attribute({}), attribute({ code: 'B' })),
      ['services', 'CG-01', 'attributes', 1, 'order'],
    ],
  ],
  open311_duplicate_value_key: [
    [
      'two options with one key',
      () =>
        withAttributes(
          attribute({
            datatype: 'singlevaluelist',
            values: [
              { key: 'k', name: { zh: '一', en: 'one' } },
              { key: 'k', name: { zh: '二', en: 'two' } },
            ],
          }),
        ),
      ['services', 'CG-01', 'attributes', 0, 'values', 1, 'key'],
    ],
  ],
  open311_list_without_values: [
    [
      'a list without options',
      () => withAttributes(attribute({ datatype: 'multivaluelist' })),
      ['services', 'CG-01', 'attributes', 0, 'values'],
    ],
  ],
  open311_values_without_list: [
    [
      'options for a number',
      () =>
        withAttributes(
          attribute({ datatype: 'number', values: [{ key: '1', name: { zh: '一', en: 'one' } }] }),
        ),
      ['services', 'CG-01', 'attributes', 0, 'values'],
    ],
  ],
};

describe('every error code', () => {
  it('has cases here, and every case here is a code of the catalogue', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      [...Object.keys(OPEN311_MESSAGES), 'invalid_json'].sort(),
    );
  });

  for (const [code, cases] of Object.entries(CASES)) {
    it.each(cases)(`${code}: %s`, (_name, run, path) => {
      let result: ParseResult<unknown> | undefined;
      expect(() => (result = run())).not.toThrow();
      expect(result?.success).toBe(false);
      if (result === undefined || result.success) return;
      const issue = result.error.issues.find((found) => found.code === code);
      expect(issue, result.error.format('en')).toBeDefined();
      expect(issue?.path).toEqual(path);
      expect(issue?.message['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(issue?.message.en).toMatch(/^[\x20-\x7e’–±]+$/u);
      expect(issue?.expected['zh-CN'].length).toBeGreaterThan(0);
      expect(result.error.code).toBe('invalid_input');
    });
  }
});

describe('errors as Open311 answers them', () => {
  it('404 for an unknown service code, 400 for the rest, each with its field, in the locale', () => {
    const result = post({ service_code: '999', media_url: 'javascript:alert(1)' });
    if (result.success) throw new Error('expected a failure');
    const en = open311Errors(result.error, { locale: 'en' });
    expect(en.map((error) => error.code)).toEqual(['404', '400']);
    expect(en[0]?.description).toBe(
      `service_code: ${OPEN311_MESSAGES.open311_unknown_service_code.message.en}`,
    );
    expect(open311Errors(result.error)[1]?.description).toBe(
      `media_url：${OPEN311_MESSAGES.open311_invalid_media_url.message['zh-CN']}`,
    );
    const json = JSON.parse(writeOpen311Errors(en, 'json')) as unknown;
    expect(json).toEqual([
      { code: 404, description: en[0]?.description },
      { code: 400, description: en[1]?.description },
    ]);
  });

  it('never quotes what was sent', () => {
    const secret = '我是王秀英，电话 13912345678';
    const result = post({
      service_code: 'ZZ-01',
      description: `${secret}${'。'.repeat(2000)}`,
      phone: '13912345678',
    });
    if (result.success) throw new Error('expected a failure');
    const text = JSON.stringify([
      result.error.issues,
      open311Errors(result.error),
      result.error.message,
    ]);
    expect(text).not.toContain('王秀英');
    expect(text).not.toContain('13912345678');
  });

  it('reports a command the engine would refuse (an id given by `ids`) with its path', () => {
    const result = importOpen311Post(
      s.profile,
      { service_code: 'ZZ-01', lat: LAT, long: LONG },
      {
        ...options,
        ids: () => ({ caseId: 'has space', commandId: 'cmd-1' }),
      },
    );
    expect(!result.success && result.error.issues[0]?.path).toEqual(['caseId']);
  });

  it('reports a configuration that is not one, with zod’s issues in wangge’s words', () => {
    const result = compile({ utcOffset: '+8', type: 'instant' });
    expect(!result.success && result.error.issues.map((issue) => issue.path[0])).toEqual([
      'type',
      'utcOffset',
    ]);
    expect(compile(CONFIG).success).toBe(true);
  });
});

describe('never throws', () => {
  const readers = [
    readOpen311Services,
    readOpen311ServiceDefinition,
    readOpen311ServiceRequests,
    readOpen311PostResponse,
    readOpen311Errors,
  ];
  const settles = (result: ParseResult<unknown>) =>
    result.success ||
    result.error.issues.every((issue) => issue.message.en !== '' && issue.code !== '');

  it('on any text, as XML or JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const read of readers) {
          expect(settles(read(text, 'xml'))).toBe(true);
          expect(settles(read(text, 'json'))).toBe(true);
        }
        expect(settles(readOpen311PostForm(text))).toBe(true);
      }),
    );
  });

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const read of readers) expect(settles(read(JSON.stringify(value), 'json'))).toBe(true);
      }),
    );
  });

  it('on XML made of the pieces that break parsers', () => {
    const piece = fc.constantFrom(
      '<service_requests>',
      '</service_requests>',
      '<request>',
      '</request>',
      '<status>',
      '</status>',
      '<lat>',
      '</lat>',
      'open',
      '37.5',
      '&amp;',
      '&#x1;',
      '&#38;',
      '&unknown;',
      '<![CDATA[',
      ']]>',
      '<!-- c -->',
      '<!DOCTYPE x [<!ENTITY e "ee">]>',
      '&e;',
      '<?xml version="1.0"?>',
      '<constructor>',
      '</constructor>',
      '\u0000',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const xml = pieces.join('');
        for (const read of readers) expect(settles(read(xml, 'xml'))).toBe(true);
      }),
    );
  });

  it('on any object as a POST', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'service_code',
            'lat',
            'long',
            'description',
            'phone',
            'attribute',
            'attribute[BLOCKED]',
            'media_url',
            '__proto__',
          ),
          fc.anything(),
        ),
        (body) => {
          expect(settles(importOpen311Post(s.profile, body, options))).toBe(true);
        },
      ),
    );
  });
});
