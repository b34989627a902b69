// A dynamic spatial index of points for radius queries: the points in east–west bands of
// 0.0005° of latitude (about 55 m), each band's points sorted by longitude in flat arrays. A
// query within 50 m reads three bands, each a binary search and a contiguous run of the points
// it may keep; inserting or removing a point moves the rest of its band (a few hundred numbers
// in a dense district).

const BAND = 0.0005;
const RAD = Math.PI / 180;
const METERS_PER_DEGREE = 6_371_008.8 * RAD;

interface Band<T> {
  readonly lons: number[];
  readonly lats: number[];
  readonly times: number[];
  readonly items: T[];
}

// The first index of `lons` whose value is not below `lon`.
function lowerBound(lons: readonly number[], lon: number): number {
  let lo = 0;
  let hi = lons.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lons[mid] ?? 0) < lon) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Points with a time and an item each, found by distance (on the local plane: within 0.1% of
 * the great circle below 5 km) and time.
 *
 * @internal
 */
export class PointBands<T> {
  readonly #bands = new Map<number, Band<T>>();

  insert(lon: number, lat: number, time: number, item: T): void {
    const key = Math.floor(lat / BAND);
    let band = this.#bands.get(key);
    if (!band) {
      band = { lons: [], lats: [], times: [], items: [] };
      this.#bands.set(key, band);
    }
    const at = lowerBound(band.lons, lon);
    band.lons.splice(at, 0, lon);
    band.lats.splice(at, 0, lat);
    band.times.splice(at, 0, time);
    band.items.splice(at, 0, item);
  }

  remove(lon: number, lat: number, item: T): void {
    const band = this.#bands.get(Math.floor(lat / BAND));
    if (!band) return;
    for (
      let at = lowerBound(band.lons, lon);
      at < band.lons.length && band.lons[at] === lon;
      at++
    ) {
      if (band.items[at] !== item) continue;
      band.lons.splice(at, 1);
      band.lats.splice(at, 1);
      band.times.splice(at, 1);
      band.items.splice(at, 1);
      return;
    }
  }

  /** Calls `visit` for every point within `radiusMeters` of (lon, lat) at `sinceMs` or later. */
  visit(
    lon: number,
    lat: number,
    radiusMeters: number,
    sinceMs: number,
    visit: (item: T, distanceMeters: number) => void,
  ): void {
    const perLon = METERS_PER_DEGREE * Math.max(0.01, Math.cos(lat * RAD));
    const dLon = radiusMeters / perLon;
    const r2 = radiusMeters * radiusMeters;
    const first = Math.floor((lat - radiusMeters / METERS_PER_DEGREE) / BAND);
    const last = Math.floor((lat + radiusMeters / METERS_PER_DEGREE) / BAND);
    for (let key = first; key <= last; key++) {
      const band = this.#bands.get(key);
      if (!band) continue;
      const { lons, lats, times, items } = band;
      const end = lon + dLon;
      for (let i = lowerBound(lons, lon - dLon); i < lons.length; i++) {
        const pLon = lons[i] ?? 0;
        if (pLon > end) break;
        if ((times[i] ?? 0) < sinceMs) continue;
        const x = (pLon - lon) * perLon;
        const y = ((lats[i] ?? 0) - lat) * METERS_PER_DEGREE;
        const d2 = x * x + y * y;
        const item = items[i];
        if (item !== undefined && d2 <= r2) visit(item, Math.sqrt(d2));
      }
    }
  }
}
