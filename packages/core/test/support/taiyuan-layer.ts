import { readFileSync } from 'node:fs';
import type { GridLayer } from '../../src/index.js';

interface RawFeature {
  properties: { adcode: number; name: string };
  geometry: GridLayer['features'][number]['geometry'];
}

/** The ten districts of Taiyuan (real borders, GCJ-02, clockwise rings) as a grid layer. */
export function taiyuanLayer(): GridLayer {
  const raw = JSON.parse(
    readFileSync(new URL('../fixtures/geo/taiyuan-districts.geojson', import.meta.url), 'utf8'),
  ) as { features: RawFeature[] };
  return {
    type: 'FeatureCollection',
    coordinateSystem: 'GCJ02',
    features: raw.features.map((f) => ({
      type: 'Feature',
      properties: { id: String(f.properties.adcode), level: 'district', name: f.properties.name },
      geometry: f.geometry,
    })),
  };
}
