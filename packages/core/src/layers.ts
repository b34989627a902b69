/**
 * `@wangge/core/layers`: tools for the people who make grid layers: checking a layer for gaps,
 * overlaps and broken rings, and tiling a boundary into units. They rely on a robust polygon
 * clipping engine (polyclip-ts, with bignumber.js) that locating points does not need, so they
 * live apart from the main entry and cost nothing to those who do not import them.
 *
 * @packageDocumentation
 */

export { validateGridLayer } from './geo/validate-grid-layer.js';
export type { ValidateGridLayerOptions } from './geo/validate-grid-layer.js';
export type { LayerIssue } from './geo/layer-issue.js';
export { LAYER_MESSAGES } from './i18n/layer-messages.js';
export type {
  LayerIssueCode,
  LayerMessageEntry,
  LayerMessageParams,
} from './i18n/layer-messages.js';
export { tessellate } from './geo/tessellate.js';
export type { TessellateOptions, TessellationPlan } from './geo/tessellate.js';
