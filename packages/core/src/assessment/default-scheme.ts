import type { AssessmentMetricRule, AssessmentScheme } from './assessment-scheme.js';

/**
 * wangge's default assessment scheme (默认考核方案), a starting point for a district to copy and
 * adjust: the seed report gives no weights or targets, so these are choices, not figures from
 * it. Weights add up to 100, so each is the metric's points out of 100:
 *
 * | metric | weight | floor → target | why |
 * | --- | --- | --- | --- |
 * | `on-time-rate` 按期结案率 | 20 | 60 % → 95 % | the loop's promise to residents; the largest weight |
 * | `closure-rate` 结案率 | 15 | 60 % → 95 % | cases closed at all |
 * | `rework-rate` 返工率 | 10 | 30 % → 5 % | quality: a rework means the first fix failed |
 * | `extension-rate` 延期率 | 5 | 30 % → 5 % | extensions are allowed, so a small weight |
 * | `grid-resolution-share` 网格内解决率 | 10 | 30 % → 70 % | 微事不出格: most matters settled in the grid |
 * | `overdue-now` 当前超期 | 10 | 5 cases → 0 | what is late right now |
 * | `patrol-coverage` 巡查覆盖率 | 15 | 20 % → 80 % | the grid walked, day by day |
 * | `patrol-distance-per-day` 日均巡查里程 | 10 | 1 km → 5 km | about an hour to two on foot |
 * | `patrol-time-per-day` 日均巡查时长 | 5 | 1 h → 4 h | half a working day in the grid |
 *
 * Case metrics get 70 points and patrols 30: outcomes for residents weigh more than effort.
 * Unmeasured metrics (no closures due, no patrol data) have their weight shared out over the
 * measured ones (`unmeasured: 'renormalize'`), so a quiet grid is neither rewarded nor punished
 * for having had no cases.
 *
 * @example
 * ```ts
 * import { DEFAULT_ASSESSMENT_SCHEME } from '@wangge/core';
 * DEFAULT_ASSESSMENT_SCHEME.metrics.map((m) => m.weight).reduce((a, b) => a + b); // 100
 * ```
 */
export const DEFAULT_ASSESSMENT_SCHEME: AssessmentScheme = /* @__PURE__ */ (() => {
  const rules: AssessmentMetricRule[] = [
    { metric: 'on-time-rate', weight: 20, floor: 0.6, target: 0.95 },
    { metric: 'closure-rate', weight: 15, floor: 0.6, target: 0.95 },
    { metric: 'rework-rate', weight: 10, floor: 0.3, target: 0.05 },
    { metric: 'extension-rate', weight: 5, floor: 0.3, target: 0.05 },
    { metric: 'grid-resolution-share', weight: 10, floor: 0.3, target: 0.7 },
    { metric: 'overdue-now', weight: 10, floor: 5, target: 0 },
    { metric: 'patrol-coverage', weight: 15, floor: 0.2, target: 0.8 },
    { metric: 'patrol-distance-per-day', weight: 10, floor: 1000, target: 5000 },
    { metric: 'patrol-time-per-day', weight: 5, floor: 1, target: 4 },
  ];
  return Object.freeze({
    id: 'wangge-default',
    name: Object.freeze({ zh: 'wangge 默认网格考核方案', en: 'wangge default grid assessment' }),
    unmeasured: 'renormalize' as const,
    metrics: Object.freeze(rules.map((rule) => Object.freeze(rule))) as AssessmentMetricRule[],
  });
})();
