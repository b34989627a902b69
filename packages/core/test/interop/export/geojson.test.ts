import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection, Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_EXPORT_COLUMNS,
  casesToGeoJson,
  type CaseFeatureCollection,
  type GeoJsonExportOptions,
} from '../../../src/index.js';
import { exportCases, type ExportCases } from './export-cases.js';

let c: ExportCases;
beforeAll(async () => {
  c = await exportCases();
});

function geojson(options: Partial<GeoJsonExportOptions> = {}): CaseFeatureCollection {
  const result = casesToGeoJson(c.all, { district: c.district, now: c.now, ...options });
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

/** The rules of RFC 7946 that a collection of Point Features must keep, checked one by one. */
function rfc7946Problems(value: unknown, maxDecimals = 6): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return ['not an object'];
  if (value.type !== 'FeatureCollection') problems.push('§3.3 type must be FeatureCollection');
  if (!Array.isArray(value.features)) return [...problems, '§3.3 features must be an array'];
  // §4: no crs (removed); §7.1: members that would change the object's meaning are not allowed.
  for (const member of ['crs', 'coordinates', 'geometries', 'geometry', 'properties']) {
    if (member in value) problems.push(`§7.1 FeatureCollection has "${member}"`);
  }
  value.features.forEach((feature: unknown, i) => {
    const at = `features[${String(i)}]`;
    if (!isObject(feature)) return void problems.push(`${at} §3.2 not an object`);
    if (feature.type !== 'Feature') problems.push(`${at} §3.2 type must be Feature`);
    for (const member of ['crs', 'coordinates', 'geometries', 'features']) {
      if (member in feature) problems.push(`${at} §7.1 Feature has "${member}"`);
    }
    if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number') {
      problems.push(`${at} §3.2 id must be a string or a number`);
    }
    if (!(feature.properties === null || isObject(feature.properties))) {
      problems.push(`${at} §3.2 properties must be an object or null`);
    }
    const geometry = feature.geometry;
    if (!isObject(geometry) || geometry.type !== 'Point') {
      return void problems.push(`${at} §3.1.2 geometry must be a Point`);
    }
    const position = geometry.coordinates;
    if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
      return void problems.push(`${at} §3.1.1 a position has two or three numbers`);
    }
    if (!position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      problems.push(`${at} §3.1.1 positions are numbers`);
    }
    const [lng, lat] = position as number[];
    if (!(lng! >= -180 && lng! <= 180)) problems.push(`${at} §4 longitude out of range`);
    if (!(lat! >= -90 && lat! <= 90)) problems.push(`${at} §4 latitude out of range`);
    for (const n of [lng, lat]) {
      if ((String(n).split('.')[1] ?? '').length > maxDecimals) {
        problems.push(`${at} §11.2 more than ${String(maxDecimals)} decimals`);
      }
    }
  });
  return problems;
}

// An independent oracle for the coordinate conversion: the published GCJ-02 forward transform
// (WGS-84 → GCJ-02, Krasovsky 1940 ellipsoid) and Baidu's BD-09 → GCJ-02, written out here.
const A = 6378245.0;
const EE = 0.006693421622965943;
function wgs84ToGcj02([lng, lat]: readonly number[]): [number, number] {
  const x = lng! - 105;
  const y = lat! - 35;
  const s = Math.sin;
  const p = Math.PI;
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20 * s(6 * x * p) + 20 * s(2 * x * p)) * 2) / 3;
  dLat += ((20 * s(y * p) + 40 * s((y / 3) * p)) * 2) / 3;
  dLat += ((160 * s((y / 12) * p) + 320 * s((y * p) / 30)) * 2) / 3;
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLng += ((20 * s(6 * x * p) + 20 * s(2 * x * p)) * 2) / 3;
  dLng += ((20 * s(x * p) + 40 * s((x / 3) * p)) * 2) / 3;
  dLng += ((150 * s((x / 12) * p) + 300 * s((x / 30) * p)) * 2) / 3;
  const radLat = (lat! / 180) * p;
  const magic = 1 - EE * s(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * p);
  dLng = (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * p);
  return [lng! + dLng, lat! + dLat];
}
function bd09ToGcj02([lng, lat]: readonly number[]): [number, number] {
  const xPi = (Math.PI * 3000) / 180;
  const x = lng! - 0.0065;
  const y = lat! - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * xPi);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * xPi);
  return [z * Math.cos(theta), z * Math.sin(theta)];
}
/** The distance in metres between two points (haversine). */
function metres(a: readonly number[], b: readonly number[]): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const dLat = r(b[1]! - a[1]!);
  const dLng = r(b[0]! - a[0]!);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(r(a[1]!)) * Math.cos(r(b[1]!)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe('casesToGeoJson', () => {
  it('is RFC 7946 GeoJSON: check-geojson accepts it, and every rule checked here holds', () => {
    const collection = geojson();
    expect(() => check(JSON.stringify(collection))).not.toThrow();
    expect(rfc7946Problems(JSON.parse(JSON.stringify(collection)))).toEqual([]);
    // And it has the shape of @types/geojson's FeatureCollection of Points.
    collection satisfies FeatureCollection<Point>;
    expect(collection.coordinateSystem).toBe('WGS84');
  });

  it('the checks above catch what breaks the RFC', () => {
    const bad = JSON.parse(JSON.stringify(geojson())) as {
      crs?: unknown;
      features: { geometry: { coordinates: number[] } }[];
    };
    bad.crs = { type: 'name', properties: { name: 'EPSG:4490' } };
    bad.features[0]!.geometry.coordinates = [37.8618, 112.5636];
    bad.features[1]!.geometry.coordinates = [112.56360001, 37.8618];
    expect(rfc7946Problems(bad)).toEqual([
      '§7.1 FeatureCollection has "crs"',
      'features[0] §4 latitude out of range',
      'features[1] §11.2 more than 6 decimals',
    ]);
  });

  it('has one Point Feature per case, its id the case id', () => {
    const collection = geojson();
    expect(collection.features.map((f) => f.id)).toEqual(c.all.map((r) => r.id));
    expect(new Set(collection.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
  });

  it('converts GCJ-02 and BD-09 points to WGS-84 within a metre of the published transform', () => {
    const collection = geojson();
    for (const feature of collection.features) {
      const record = c.byId.get(feature.id)!;
      const original = record.location.point.coordinates;
      const exported = feature.geometry.coordinates;
      const system = record.location.coordinateSystem;
      if (system === 'WGS84') {
        expect(exported).toEqual(original);
        continue;
      }
      const onGcj = system === 'GCJ02' ? original : bd09ToGcj02(original);
      // Converted: several hundred metres from where the point was given …
      expect(metres(exported, original)).toBeGreaterThan(300);
      // … and back on the map within a metre (the rounding to 6 decimals is 0.1 m).
      expect(metres(wgs84ToGcj02(exported), onGcj)).toBeLessThan(1);
    }
  });

  it('keeps the points in another system only when asked, and says so', () => {
    const collection = geojson({ nonRfc7946CoordinateSystem: 'GCJ02' });
    expect(collection.coordinateSystem).toBe('GCJ02');
    expect(collection).not.toHaveProperty('crs');
    const open = collection.features.find((f) => f.id === 'c-open')!;
    expect(open.geometry.coordinates).toEqual([112.5636, 37.8618]);
    const wgs = collection.features.find((f) => f.id === 'c-archived')!; // recorded in WGS-84
    expect(metres(wgs.geometry.coordinates, [112.5636, 37.8618])).toBeGreaterThan(300);
  });

  it('rounds to 6 decimals by default, or to precision', () => {
    for (const precision of [undefined, 3, 0]) {
      const collection = geojson(precision === undefined ? {} : { precision });
      expect(rfc7946Problems(collection, precision ?? 6)).toEqual([]);
    }
    const exact = geojson({ precision: 15 }).features[0]!.geometry.coordinates;
    const rounded = geojson().features[0]!.geometry.coordinates;
    expect(metres(exact, rounded)).toBeLessThan(0.1);
    expect(exact).not.toEqual(rounded);
  });

  it('has every column but the point as a typed property, null where a case has none', () => {
    const collection = geojson();
    const keys = CASE_EXPORT_COLUMNS.filter(
      (k) => !['id', 'longitude', 'latitude', 'coordinateSystem'].includes(k),
    );
    for (const feature of collection.features)
      expect(Object.keys(feature.properties)).toEqual(keys);
    const open = collection.features.find((f) => f.id === 'c-open')!.properties;
    expect(open).toMatchObject({
      categoryCode: 'ZZ-01',
      categoryName: '邻里纠纷调解',
      step: 'assigned',
      level: 'grid',
      status: 'open',
      overdue: true,
      dueAt: '2026-11-27T09:40:00+08:00',
      archivedAt: null,
      outcome: null,
      unitId: 'ljy-c1-g1',
      unitName: '第一网格',
      workerId: 'p-1',
      workerName: '李明',
      departmentId: null,
      districtName: '迎泽区',
      streetName: '老军营街道',
      communityName: '老军营社区',
      gridName: '第一网格',
      microGridId: 'ljy-c1-g1-m1',
      microGridName: '1号楼院',
      reworkCount: 0,
      linkedReportCount: 0,
      reporterKind: 'resident',
      personalData: 'masked',
    });
    const archived = collection.features.find((f) => f.id === 'c-archived')!.properties;
    expect([archived.reworkCount, archived.outcome, archived.overdue]).toEqual([
      1,
      'resolved',
      false,
    ]);
    const named = geojson({ values: 'zh-CN' }).features.find((f) => f.id === 'c-archived')!;
    expect([named.properties.step, named.properties.outcome, named.properties.overdue]).toEqual([
      '结案归档',
      '已解决',
      false,
    ]);
  });
});
