/**
 * `@wangge/elements`: Lit web components (`wg-*`) for grid-based grassroots governance
 * (网格化基层治理). Importing this module registers every element.
 *
 * @packageDocumentation
 */

export { WgContactCard } from './contact-card/contact-card.js';
export { WgDistrict } from './district/district.js';
export { WgCaseCard } from './case-card/case-card.js';
export type { CaseLike } from './case-card/case-card.js';
export { WgCaseTimeline } from './case-timeline/case-timeline.js';
export { WgCaseList } from './case-list/case-list.js';
export type { CaseListSort, CaseStatusFilter } from './case-list/case-list.js';
export { WgGridMap } from './grid-map/grid-map.js';
export type {
  ColorBy,
  GridMapCounts,
  GridMapMarker,
  GridMapValues,
  MapLevel,
  UnitCaseCounts,
  ValueDirection,
  ValueFormat,
} from './grid-map/grid-map.js';
export { WgKpiPanel, WgKpiSelectEvent, KPI_METRICS, kpiValues } from './kpi-panel/kpi-panel.js';
export type { ChartView, KpiDirection, KpiMetric, KpiMetricInfo } from './kpi-panel/kpi-panel.js';
export { WgLevelChart } from './level-chart/level-chart.js';
export type { LabelledKpiReport, LevelChartLayout } from './level-chart/level-chart.js';
export { WgReportForm, WgReportEvent } from './report-form/report-form.js';
export type { ReportFields } from './report-form/report-form.js';
export { WgDistrictReadyEvent } from './district/district-ready-event.js';
export { WgCaseSelectEvent } from './shared/case-select-event.js';
export { WgGridSelectEvent } from './shared/grid-select-event.js';
export { WgPointPickEvent } from './shared/point-pick-event.js';
export { districtContext } from './shared/district-context.js';
export type { DistrictData } from './shared/district-context.js';
export { WgErrorEvent } from './shared/error-event.js';
export { WanggeElement } from './shared/wangge-element.js';
export { elementLocale } from './shared/localize.js';
export type { WanggeTranslation } from './shared/translations/translation.js';
