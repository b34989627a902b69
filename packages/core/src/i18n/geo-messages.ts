import type { MessageEntry } from './messages.js';

/**
 * The codes of the problems `parseGridLayer` finds in a grid layer's GeoJSON beyond what its
 * schema says, and of the error `convertPosition` throws for a coordinate that is not a number.
 *
 * @example
 * ```ts
 * import type { GeoMessageCode } from '@wangge/core';
 * const code: GeoMessageCode = 'empty_layer';
 * ```
 */
export type GeoMessageCode =
  | 'not_feature_collection'
  | 'missing_coordinate_system'
  | 'invalid_coordinate_system'
  | 'empty_layer'
  | 'missing_geometry'
  | 'not_area_geometry'
  | 'ring_too_short'
  | 'invalid_position'
  | 'non_finite_coordinate'
  | 'longitude_out_of_range'
  | 'latitude_out_of_range';

/**
 * Messages of the grid-layer codes, in zh-CN and en. They never quote a coordinate: a point can
 * be where a resident lives.
 *
 * @example
 * ```ts
 * import { GEO_MESSAGES } from '@wangge/core';
 * GEO_MESSAGES.empty_layer.message.en;
 * // 'The grid layer has no features: it must contain at least one unit with its area.'
 * ```
 */
export const GEO_MESSAGES: Readonly<Record<GeoMessageCode, MessageEntry>> = {
  not_feature_collection: {
    expected: {
      'zh-CN': 'GeoJSON FeatureCollection（"type": "FeatureCollection"）',
      en: 'a GeoJSON FeatureCollection ("type": "FeatureCollection")',
    },
    message: {
      'zh-CN': '网格图层应为 GeoJSON FeatureCollection，其 features 列出各单元的范围。',
      en: 'A grid layer must be a GeoJSON FeatureCollection whose features are the areas of its units.',
    },
  },
  missing_coordinate_system: {
    expected: {
      'zh-CN': '"coordinateSystem": "WGS84"、"GCJ02" 或 "BD09"',
      en: '"coordinateSystem": "WGS84", "GCJ02" or "BD09"',
    },
    message: {
      'zh-CN':
        '网格图层缺少 coordinateSystem：请注明坐标系（WGS84、GCJ02 或 BD09），国内地图数据通常为 GCJ02。',
      en: 'The grid layer has no coordinateSystem: state its coordinate system (WGS84, GCJ02 or BD09); Chinese map data is usually GCJ02.',
    },
  },
  invalid_coordinate_system: {
    expected: { 'zh-CN': 'WGS84、GCJ02 或 BD09', en: 'WGS84, GCJ02 or BD09' },
    message: {
      'zh-CN': '坐标系无效：应为 WGS84、GCJ02 或 BD09。',
      en: 'Invalid coordinate system: expected WGS84, GCJ02 or BD09.',
    },
  },
  empty_layer: {
    expected: { 'zh-CN': '至少一个要素', en: 'at least one feature' },
    message: {
      'zh-CN': '网格图层没有任何要素：至少应包含一个单元及其范围。',
      en: 'The grid layer has no features: it must contain at least one unit with its area.',
    },
  },
  missing_geometry: {
    expected: {
      'zh-CN': 'Polygon 或 MultiPolygon 几何',
      en: 'a Polygon or MultiPolygon geometry',
    },
    message: {
      'zh-CN': '要素缺少几何（geometry）：每个单元都需要其范围（Polygon 或 MultiPolygon）。',
      en: 'The feature has no geometry: every unit needs its area (a Polygon or MultiPolygon).',
    },
  },
  not_area_geometry: {
    expected: { 'zh-CN': '"Polygon" 或 "MultiPolygon"', en: '"Polygon" or "MultiPolygon"' },
    message: {
      'zh-CN': '几何类型不是面：单元的范围应为 Polygon 或 MultiPolygon，而不是点或线。',
      en: 'The geometry is not an area: a unit must be a Polygon or MultiPolygon, not a point or a line.',
    },
  },
  ring_too_short: {
    expected: { 'zh-CN': '至少 4 个坐标点', en: 'at least 4 positions' },
    message: {
      'zh-CN': '多边形的环至少需要 4 个坐标点（首尾相同）。',
      en: 'A polygon ring needs at least 4 positions (the first repeated as the last).',
    },
  },
  invalid_position: {
    expected: {
      'zh-CN': '[经度, 纬度] 或 [经度, 纬度, 高程]，均为数字',
      en: '[longitude, latitude] or [longitude, latitude, altitude], all numbers',
    },
    message: {
      'zh-CN': '坐标点无效：应为 [经度, 纬度] 或 [经度, 纬度, 高程]，均为数字。',
      en: 'Invalid position: expected [longitude, latitude] or [longitude, latitude, altitude], all numbers.',
    },
  },
  non_finite_coordinate: {
    expected: { 'zh-CN': '有限的数字', en: 'a finite number' },
    message: {
      'zh-CN': '坐标不是有限的数字（NaN 或 Infinity）。',
      en: 'The coordinate is not a finite number (NaN or Infinity).',
    },
  },
  longitude_out_of_range: {
    expected: { 'zh-CN': '-180 到 180 之间的经度', en: 'a longitude from -180 to 180' },
    message: {
      'zh-CN': '经度超出范围：应在 -180 到 180 之间（是否把经纬度写反了？）。',
      en: 'Longitude out of range: expected -180 to 180 (are longitude and latitude swapped?).',
    },
  },
  latitude_out_of_range: {
    expected: { 'zh-CN': '-90 到 90 之间的纬度', en: 'a latitude from -90 to 90' },
    message: {
      'zh-CN': '纬度超出范围：应在 -90 到 90 之间（是否把经纬度写反了？）。',
      en: 'Latitude out of range: expected -90 to 90 (are longitude and latitude swapped?).',
    },
  },
};
