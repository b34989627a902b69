// Property-based round trips (fast-check; the seed is printed, replay with FC_SEED=<seed>):
// every document written reads back to the same data in XML and JSON; a case published as an
// Open311 request and imported again is the same report, accepted by the engine; and a WGS-84
// point survives the trip through a GCJ-02 or BD-09 district to within a metre.
import { describe, expect, it } from 'vitest';
import {
  convertLayer,
  convertPosition,
  distanceMeters,
  GridIndex,
  importOpen311Post,
  importOpen311Request,
  open311ServiceRequest,
  readOpen311Errors,
  readOpen311PostResponse,
  readOpen311ServiceDefinition,
  readOpen311ServiceRequests,
  readOpen311Services,
  writeOpen311Errors,
  writeOpen311PostResponse,
  writeOpen311ServiceDefinition,
  writeOpen311ServiceRequests,
  writeOpen311Services,
  type CoordinateSystem,
  type Open311Format,
  type Open311ServiceAttribute,
} from '../../../src/index.js';
import { fc } from '../../support/fast-check.js';
import {
  CASE_AREA,
  caseLayer,
  counterIds,
  engineOf,
  INTAKE,
  setup,
  T0,
} from './support/open311-harness.js';

// Text as documents carry it: anything XML can hold (no control characters but tab and \n,
// no \r, which XML reads as \n), trimmed and not empty, and the texts that break naive writers.
// eslint-disable-next-line no-control-regex -- the control characters are what is left out
const NOT_CARRIED = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\r]|[\uD800-\uDFFF]/g;
const text = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        'A & B',
        ']]>',
        '&amp;',
        '"\'',
        '楼道堆放杂物\n第二行',
        '<![CDATA[x]]>',
        'true',
        '001',
      ),
    },
  )
  .map((value) => value.replace(NOT_CARRIED, '').trim())
  .filter((value) => value !== '');
const keyword = text
  .map((value) => value.replace(/,/g, ' ').trim())
  .filter((value) => value !== '');
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const dateTime = fc
  .tuple(
    fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('Z', '+08:00', '-05:00', '+05:45'),
  )
  .map(([date, zone]) => date.toISOString().replace(/\.\d{3}Z$/, zone));
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
const format = fc.constantFrom<Open311Format>('xml', 'json');

const service = fc
  .record({
    service_code: text,
    service_name: text,
    description: optional(text),
    metadata: fc.boolean(),
    type: fc.constantFrom('realtime', 'batch', 'blackbox' as const),
    keywords: optional(fc.array(keyword, { minLength: 1, maxLength: 4 })),
    group: optional(text),
  })
  .map(compact);

const attribute = fc
  .record({
    variable: fc.boolean(),
    code: text,
    datatype: fc.constantFrom(
      'string',
      'number',
      'datetime',
      'text',
      'singlevaluelist',
      'multivaluelist' as const,
    ),
    required: fc.boolean(),
    datatype_description: optional(text),
    order: fc.integer({ min: 1, max: 10_000 }),
    description: optional(text),
    values: optional(
      fc.array(fc.record({ key: text, name: text }), { minLength: 1, maxLength: 3 }),
    ),
  })
  .map((value) => compact(value) as Open311ServiceAttribute);

// -0 is written as 0 (as every JSON writer does), the same point.
const degrees = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => value + 0);

const request = fc
  .record({
    service_request_id: text,
    status: fc.constantFrom('open', 'closed' as const),
    status_notes: optional(text),
    service_name: optional(text),
    service_code: text,
    description: optional(text),
    agency_responsible: optional(text),
    service_notice: optional(text),
    requested_datetime: optional(dateTime),
    updated_datetime: optional(dateTime),
    expected_datetime: optional(dateTime),
    address: optional(text),
    address_id: optional(text),
    zipcode: optional(text),
    lat: optional(degrees(90)),
    long: optional(degrees(180)),
    media_url: optional(text),
  })
  .map(compact);

describe('documents read back as written', () => {
  it('service lists', () => {
    fc.assert(
      fc.property(fc.array(service, { maxLength: 4 }), format, (services, f) => {
        expect(readOpen311Services(writeOpen311Services(services, f), f)).toEqual({
          success: true,
          data: services,
        });
      }),
    );
  });

  it('service definitions', () => {
    fc.assert(
      fc.property(text, fc.array(attribute, { maxLength: 4 }), format, (code, attributes, f) => {
        const definition = { service_code: code, attributes };
        expect(
          readOpen311ServiceDefinition(writeOpen311ServiceDefinition(definition, f), f),
        ).toEqual({
          success: true,
          data: definition,
        });
      }),
    );
  });

  it('service request lists', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 4 }), format, (requests, f) => {
        expect(readOpen311ServiceRequests(writeOpen311ServiceRequests(requests, f), f)).toEqual({
          success: true,
          data: requests,
        });
      }),
    );
  });

  it('POST responses and errors', () => {
    const response = fc
      .record({
        service_request_id: optional(text),
        token: optional(text),
        service_notice: optional(text),
        account_id: optional(text),
      })
      .map(compact);
    const error = fc.record({
      code: fc.oneof(text, fc.integer({ min: 0, max: 999 }).map(String)),
      description: text,
    });
    fc.assert(
      fc.property(
        fc.array(response, { maxLength: 3 }),
        fc.array(error, { maxLength: 3 }),
        format,
        (responses, errors, f) => {
          expect(readOpen311PostResponse(writeOpen311PostResponse(responses, f), f)).toEqual({
            success: true,
            data: responses,
          });
          expect(readOpen311Errors(writeOpen311Errors(errors, f), f)).toEqual({
            success: true,
            data: errors,
          });
        },
      ),
    );
  });

  it('XML and JSON of the same requests read to the same data', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 3 }), (requests) => {
        const xml = readOpen311ServiceRequests(writeOpen311ServiceRequests(requests, 'xml'), 'xml');
        const json = readOpen311ServiceRequests(
          writeOpen311ServiceRequests(requests, 'json'),
          'json',
        );
        expect(xml).toEqual(json);
      }),
    );
  });
});

/** A point of the case layer's area (GCJ-02), away from its outer edge by a few metres. */
const pointInArea = fc.tuple(
  fc.double({ min: CASE_AREA.west + 1e-4, max: CASE_AREA.east - 1e-4, noNaN: true }),
  fc.double({ min: CASE_AREA.south + 1e-4, max: CASE_AREA.north - 1e-4, noNaN: true }),
);
const description = text.filter((value) => value.length <= 2000);

describe('cases → Open311 requests → reports', () => {
  const s = setup({ serviceCodes: { 'CG-01': '001' } });

  it('a published case imports again as the same report, and the engine accepts it', async () => {
    await fc.assert(
      fc.asyncProperty(
        pointInArea,
        fc.constantFrom('ZZ-00', 'ZZ-01', 'CG-01'),
        description,
        format,
        fc.integer({ min: 0, max: 30 * 86_400 }),
        async ([lon, lat], categoryCode, note, f, seconds) => {
          const now = T0 + seconds * 1000;
          const found = s.gridIndex.locatePosition(lon, lat);
          if (found.status !== 'inside' || found.gridId === undefined) throw new Error('outside');
          // WGS-84 ⇄ GCJ-02 is good to about 0.1 m (and lat/long keep 6 decimals): a point
          // closer than a metre to a border may come back in the unit next door.
          const unit = s.gridIndex.indexOf(lon, lat);
          const near = [
            [1e-5, 0],
            [-1e-5, 0],
            [0, 1e-5],
            [0, -1e-5],
          ] as const;
          fc.pre(near.every(([dx, dy]) => s.gridIndex.indexOf(lon + dx, lat + dy) === unit));
          const source = engineOf(s.district, () => now);
          const reported = await source.execute({
            type: 'report',
            commandId: 'cmd-1',
            caseId: 'c-1',
            expectedVersion: 0,
            actorId: INTAKE,
            categoryCode,
            gridId: found.gridId,
            ...(found.microGridId === undefined ? {} : { microGridId: found.microGridId }),
            location: {
              point: { type: 'Point', coordinates: [lon, lat] },
              coordinateSystem: 'GCJ02',
            },
            reporter: { kind: 'hotline' },
            description: note,
          });
          if (!reported.success) throw reported.error;
          const record = reported.data.record;

          const published = writeOpen311ServiceRequests(
            [open311ServiceRequest(s.profile, record)],
            f,
          );
          const read = readOpen311ServiceRequests(published, f);
          if (!read.success) throw read.error;
          const [first] = read.data;
          if (!first) throw new Error('no request');
          const imported = importOpen311Request(s.profile, first, {
            gridIndex: s.gridIndex,
            actorId: INTAKE,
            ids: ({ serviceRequestId }) => ({
              caseId: `copy-${serviceRequestId ?? ''}`,
              commandId: `copy-${serviceRequestId ?? ''}-report`,
            }),
          });
          if (!imported.success) throw imported.error;
          const { command } = imported.data;
          expect(command.categoryCode).toBe(record.categoryCode);
          expect(command.gridId).toBe(record.gridId);
          expect(command.microGridId).toBe(record.microGridId);
          expect(command.description).toBe(record.description);
          expect(command.caseId).toBe('copy-c-1');
          expect(Date.parse(command.observedAt ?? '')).toBe(Math.floor(now / 1000) * 1000);
          const [x, y] = command.location.point.coordinates;
          expect(command.location.coordinateSystem).toBe('GCJ02');
          expect(distanceMeters(x, y, lon, lat)).toBeLessThan(1);

          const target = engineOf(s.district, () => now);
          expect((await target.execute(command)).success).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each<CoordinateSystem>(['GCJ02', 'BD09'])(
    'a WGS-84 point comes back within a metre through a %s district',
    async (system) => {
      const layer = convertLayer(caseLayer(), system);
      const gridIndex = GridIndex.fromLayer(layer);
      const district = setup({}, layer);
      await fc.assert(
        fc.asyncProperty(pointInArea, async ([lon, lat]) => {
          const [long, latitude] = convertPosition([lon, lat], 'GCJ02', 'WGS84');
          const imported = importOpen311Post(
            district.profile,
            { service_code: 'ZZ-01', lat: String(latitude), long: String(long) },
            { gridIndex, actorId: INTAKE, ids: counterIds() },
          );
          if (!imported.success) throw imported.error;
          expect(imported.data.command.location.coordinateSystem).toBe(system);
          const engine = engineOf(district.district, () => T0);
          const result = await engine.execute(imported.data.command);
          if (!result.success) throw result.error;
          const published = open311ServiceRequest(district.profile, result.data.record);
          expect(
            distanceMeters(published.long ?? 0, published.lat ?? 0, long, latitude),
          ).toBeLessThan(1);
        }),
        { numRuns: 100 },
      );
    },
  );
});
