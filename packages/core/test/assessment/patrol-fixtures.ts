import type { AreaGeometry, PatrolArea, PatrolPoint, PatrolTrack } from '../../src/index.js';

/** Near Taiyuan's Yingze district, where the demo lives. */
export const ORIGIN = { lon: 112.55, lat: 37.86 } as const;
/** Metres per degree of latitude on the mean sphere (as the projection and haversine use). */
export const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;

/** The position `east` and `north` metres from `ORIGIN` (equirectangular at its latitude). */
export function at(east: number, north: number): [number, number] {
  const kx = M_PER_DEG * Math.cos((ORIGIN.lat * Math.PI) / 180);
  return [ORIGIN.lon + east / kx, ORIGIN.lat + north / M_PER_DEG];
}

/** A closed ring through the given points, in metres from `ORIGIN`. */
export function ring(...corners: [number, number][]): [number, number][] {
  const positions = corners.map(([x, y]) => at(x, y));
  const first = positions[0];
  return first ? [...positions, first] : positions;
}

/** A `width` × `height` metre rectangle with its south-west corner at `ORIGIN`, in WGS-84. */
export function rectangle(width: number, height: number, id = 'g-rect'): PatrolArea {
  return {
    id,
    coordinateSystem: 'WGS84',
    geometry: {
      type: 'Polygon',
      coordinates: [ring([0, 0], [width, 0], [width, height], [0, height])],
    } satisfies AreaGeometry,
  };
}

const T0 = Date.parse('2026-11-26T08:30:00+08:00');

/** ISO 8601 text in +08:00 of `T0 + seconds`. */
export function time(seconds: number): string {
  const local = new Date(T0 + seconds * 1000 + 8 * 3_600_000);
  const iso = local.toISOString().replace('Z', '+08:00');
  return iso.endsWith('.000+08:00') ? iso.replace('.000+08:00', '+08:00') : iso;
}

/** A point `east`, `north` metres from ORIGIN at `seconds` after 08:30. */
export function fix(east: number, north: number, seconds: number, accuracy?: number): PatrolPoint {
  const [lon, lat] = at(east, north);
  return { lon, lat, at: time(seconds), ...(accuracy === undefined ? {} : { accuracy }) };
}

/** A straight walk from `from` to `to` (metres) at `speed` m/s, a fix every `every` seconds. */
export function walk(
  from: [number, number],
  to: [number, number],
  options: { speed?: number; every?: number; start?: number } = {},
): PatrolPoint[] {
  const { speed = 1.2, every = 10, start = 0 } = options;
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const duration = length / speed;
  const steps = Math.max(1, Math.ceil(duration / every));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const f = i / steps;
    return fix(
      from[0] + f * (to[0] - from[0]),
      from[1] + f * (to[1] - from[1]),
      start + f * duration,
    );
  });
}

export function track(points: PatrolPoint[], workerId = 'p-1'): PatrolTrack {
  return { workerId, coordinateSystem: 'WGS84', points };
}
