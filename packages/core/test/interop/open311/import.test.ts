// POST /requests and imported request lists into the case engine: the service code mapped to
// the category, the WGS-84 point located in a grid and converted to the district's coordinate
// system, the attributes checked and kept in the description, and the command accepted.
import { describe, expect, it } from 'vitest';
import {
  convertPosition,
  distanceMeters,
  importOpen311Post,
  importOpen311Request,
  importOpen311Requests,
  type Open311Import,
  type Open311ImportOptions,
  type ParseResult,
} from '../../../src/index.js';
import { fixture } from './support/fixtures.js';
import {
  counterIds,
  engineOf,
  INTAKE,
  setup,
  specExampleLayer,
  T0,
  type Setup,
} from './support/open311-harness.js';

/** A WGS-84 fix inside micro-grid ljy-c1-g1-m1 (whose layer is GCJ-02). */
const [LONG, LAT] = convertPosition([112.5625, 37.8655], 'GCJ02', 'WGS84');

function optionsOf(s: Setup, more: Partial<Open311ImportOptions> = {}): Open311ImportOptions {
  return { gridIndex: s.gridIndex, actorId: INTAKE, ids: counterIds(), ...more };
}

function data(result: ParseResult<Open311Import>): Open311Import {
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

const form = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

describe('importOpen311Post', () => {
  it('turns a POST into a report in the right grid, which the engine accepts', async () => {
    const s = setup();
    const body = form({
      api_key: 'k',
      service_code: '001',
      lat: String(LAT),
      long: String(LONG),
      description: '3 号楼楼道堆满杂物',
      first_name: '秀英',
      last_name: '王',
      phone: '+86 139 1234 5678',
      media_url: 'https://img.example.cn/1.jpg',
      'attribute[BLOCKED]': 'full',
      'attribute[FLOOR]': '3',
      'attribute[ITEMS][]': 'bike',
    });
    const imported = data(
      importOpen311Post(s.profile, `${body}&attribute[ITEMS][]=box`, optionsOf(s)),
    );
    expect(imported.command).toMatchObject({
      type: 'report',
      caseId: 'o311-1',
      commandId: 'o311-cmd-1',
      expectedVersion: 0,
      actorId: INTAKE,
      categoryCode: 'CG-01',
      priority: 'normal',
      gridId: 'ljy-c1-g1',
      microGridId: 'ljy-c1-g1-m1',
      reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
      mediaUrls: ['https://img.example.cn/1.jpg'],
      description:
        '3 号楼楼道堆满杂物\n通道是否完全堵死？：完全堵死\n在几楼？：3\n堆放了什么？：自行车、纸箱',
    });
    expect(imported.dropped).toEqual([]);
    expect(Object.isFrozen(imported.command)).toBe(true);
    const engine = engineOf(s.district, () => T0);
    const result = await engine.execute(imported.command);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.record.step).toBe('reported');
      expect(result.data.record.level).toBe('community');
    }
  });

  it('keeps the location in the layer’s GCJ-02, a few centimetres from where it was', () => {
    const s = setup();
    const imported = data(
      importOpen311Post(
        s.profile,
        { service_code: 'ZZ-01', lat: String(LAT), long: String(LONG) },
        optionsOf(s),
      ),
    );
    const { location } = imported.command;
    expect(location.coordinateSystem).toBe('GCJ02');
    const [x, y] = location.point.coordinates;
    expect(distanceMeters(x, y, 112.5625, 37.8655)).toBeLessThan(0.5);
  });

  it('keeps the location in another system when asked (BD-09)', () => {
    const s = setup();
    const imported = data(
      importOpen311Post(
        s.profile,
        { service_code: 'ZZ-01', lat: String(LAT), long: String(LONG) },
        optionsOf(s, { coordinateSystem: 'BD09' }),
      ),
    );
    expect(imported.command.location.coordinateSystem).toBe('BD09');
    expect(imported.command.gridId).toBe('ljy-c1-g1');
  });

  it('describes a report without description by its category, in the locale', () => {
    const s = setup();
    const post = { service_code: 'ZZ-01', lat: LAT, long: LONG, attribute: {} };
    expect(data(importOpen311Post(s.profile, post, optionsOf(s))).command.description).toBe(
      '邻里纠纷调解',
    );
    const en = data(importOpen311Post(s.profile, post, optionsOf(s, { locale: 'en' })));
    expect(en.command.description).toBe('Neighbour dispute mediation');
  });

  it('writes the attribute lines in English when asked, options of a list by their names', () => {
    const s = setup();
    const imported = data(
      importOpen311Post(
        s.profile,
        {
          service_code: '001',
          lat: LAT,
          long: LONG,
          description: 'Boxes on the stairs',
          attribute: {
            BLOCKED: 'part',
            ITEMS: ['box', 'furniture', 'box'],
            SEEN: '2026-11-26T08:00',
            NOTE: 'since Monday',
          },
        },
        optionsOf(s, { locale: 'en' }),
      ),
    );
    expect(imported.command.description).toBe(
      [
        'Boxes on the stairs',
        'Is the passage fully blocked?: Partly blocked',
        'What is piled up?: Boxes, Furniture',
        'When was it seen?: 2026-11-26T08:00',
        'Anything else: since Monday',
      ].join('\n'),
    );
  });

  it('keeps no contact that is not a valid name or mainland mobile, and says so', () => {
    const s = setup();
    const imported = data(
      importOpen311Post(
        s.profile,
        form({
          service_code: 'ZZ-01',
          lat: String(LAT),
          long: String(LONG),
          phone: '555-0100',
          email: 'a@example.org',
          device_id: 'd-1',
          account_id: '42',
          address_string: '双塔西街 12 号',
          address_id: 'A-1',
          'attribute[UNKNOWN]': 'x',
        }),
        optionsOf(s),
      ),
    );
    expect(imported.command.reporter).toEqual({ kind: 'resident' });
    expect([...imported.dropped].sort()).toEqual(
      [
        'account_id',
        'address_id',
        'address_string',
        'attribute[UNKNOWN]',
        'device_id',
        'email',
        'phone',
      ].sort(),
    );
  });

  it('ignores the value of an attribute that only informs', () => {
    const s = setup();
    const imported = data(
      importOpen311Post(
        s.profile,
        { service_code: '001', lat: LAT, long: LONG, attribute: { BLOCKED: 'full', INFO: 'x' } },
        optionsOf(s),
      ),
    );
    expect(imported.command.description).not.toContain('请勿移动');
    expect(imported.dropped).toEqual(['attribute[INFO]']);
  });

  it('is idempotent with ids derived from the request: a retry records nothing new', async () => {
    const s = setup();
    const engine = engineOf(s.district, () => T0);
    const options = optionsOf(s, { ids: () => ({ caseId: 'app-77', commandId: 'app-77-report' }) });
    const post = { service_code: 'ZZ-01', lat: LAT, long: LONG, attribute: {} };
    const first = await engine.execute(data(importOpen311Post(s.profile, post, options)).command);
    const again = await engine.execute(data(importOpen311Post(s.profile, post, options)).command);
    expect(first.success && again.success).toBe(true);
    expect(await engine.store.readLog('app-77')).toHaveLength(1);
  });
});

describe('importOpen311Request / importOpen311Requests', () => {
  const sf = () => setup({ serviceCodes: { 'ZZ-01': '006', 'CG-01': 'CG01' } }, specExampleLayer());

  it('imports another city’s list (the spec’s example): each request a report', async () => {
    const s = sf();
    const result = importOpen311Requests(
      s.profile,
      fixture('service-requests.xml'),
      'xml',
      optionsOf(s, {
        ids: ({ serviceRequestId }) => ({
          caseId: `sf-${serviceRequestId ?? ''}`,
          commandId: `sf-${serviceRequestId ?? ''}-report`,
        }),
      }),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.map((outcome) => outcome.serviceRequestId)).toEqual(['638344', '638349']);
    const [first] = result.data;
    const imported = first?.result.success ? first.result.data : undefined;
    expect(imported?.command).toMatchObject({
      caseId: 'sf-638344',
      categoryCode: 'ZZ-01',
      gridId: 'ljy-c1-g1',
      description: '邻里纠纷调解',
      mediaUrls: ['http://city.gov.s3.amazonaws.com/requests/media/638344.jpg'],
      observedAt: '2010-04-14T22:37:38+08:00',
      reporter: { kind: 'resident' },
    });
    expect(imported?.dropped).toEqual([
      'status',
      'status_notes',
      'service_name',
      'updated_datetime',
      'expected_datetime',
      'address',
      'address_id',
      'zipcode',
    ]);
    const engine = engineOf(s.district, () => T0);
    for (const outcome of result.data) {
      if (!outcome.result.success) throw outcome.result.error;
      expect((await engine.execute(outcome.result.data.command)).success).toBe(true);
    }
  });

  it('gives each request its own outcome: the good ones import, the others say why', () => {
    const s = sf();
    const json = JSON.stringify([
      { service_request_id: 'a', status: 'open', service_code: '006', lat: 37.765, long: -122.42 },
      { service_request_id: 'b', status: 'open', service_code: '999', lat: 37.765, long: -122.42 },
      { service_request_id: 'c', status: 'open', service_code: '006', address: '8TH AVE' },
    ]);
    const result = importOpen311Requests(s.profile, json, 'json', optionsOf(s));
    if (!result.success) throw result.error;
    const codes = result.data.map((outcome) =>
      outcome.result.success ? 'ok' : outcome.result.error.issues.map((issue) => issue.code),
    );
    expect(codes).toEqual([
      'ok',
      ['open311_unknown_service_code'],
      ['open311_missing_location', 'open311_missing_location'],
    ]);
  });

  it('fails as a whole on a document it cannot read', () => {
    const s = sf();
    const result = importOpen311Requests(s.profile, '<services/>', 'xml', optionsOf(s));
    expect(!result.success && result.error.issues[0]?.code).toBe('open311_unexpected_root');
  });

  it('imports one request of a list, its index given to the ids', () => {
    const s = sf();
    const seen: number[] = [];
    const result = importOpen311Request(
      s.profile,
      {
        service_request_id: 'x-1',
        status: 'open',
        service_code: '006',
        lat: 37.765,
        long: -122.42,
      },
      optionsOf(s, {
        ids: ({ index }) => {
          seen.push(index);
          return { caseId: 'x-1', commandId: 'x-1-cmd' };
        },
      }),
      4,
    );
    expect(result.success).toBe(true);
    expect(seen).toEqual([4]);
  });
});
