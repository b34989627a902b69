import type { Translation } from '@shoelace-style/localize';
import type { ContactCardTerms } from '../../contact-card/contact-card.terms.js';
import type { CaseCardTerms } from '../../case-card/case-card.terms.js';
import type { CaseListTerms } from '../../case-list/case-list.terms.js';
import type { CaseTimelineTerms } from '../../case-timeline/case-timeline.terms.js';
import type { GridMapTerms } from '../../grid-map/grid-map.terms.js';
import type { ReportFormTerms } from '../../report-form/report-form.terms.js';
import type { DistrictTerms } from '../../district/district.terms.js';
import type { KpiPanelTerms } from '../../kpi-panel/kpi-panel.terms.js';
import type { LevelChartTerms } from '../../level-chart/level-chart.terms.js';
import type { ChartViewTerms } from '../chart-view.js';

/** The strings shared by every element. */
export interface SharedTerms {
  'error.title': string;
  'error.at': (path: string) => string;
  'shared.loading': string;
  'shared.masked': string;
}

/**
 * Every user-visible string of the element kit. Keys are namespaced by component so that they
 * never collide with other libraries sharing `@shoelace-style/localize` on the same page; each
 * component keeps its own in its folder (`x.terms.ts`).
 */
export interface WanggeTranslation
  extends
    Translation,
    SharedTerms,
    ContactCardTerms,
    CaseCardTerms,
    CaseListTerms,
    CaseTimelineTerms,
    GridMapTerms,
    ReportFormTerms,
    DistrictTerms,
    KpiPanelTerms,
    LevelChartTerms,
    ChartViewTerms {}
