/**
 * `@wangge/core/demo`: a seeded generator of a realistic demo district (Yingze District, 迎泽区,
 * Taiyuan) for demos, tests and benchmarks.
 *
 * @packageDocumentation
 */

export { generateDemoDistrict } from './generate-demo-district.js';
export type { DemoDistrictOptions } from './generate-demo-district.js';
export { generateDemoGeometry } from './demo-geometry.js';
export type { DemoGeometryOptions } from './demo-geometry.js';
export { YINGZE_BOUNDARY } from './yingze-boundary.js';
