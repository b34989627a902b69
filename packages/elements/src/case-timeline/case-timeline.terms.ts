/** The strings of `<wg-case-timeline>`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CaseTimelineTerms {}

export const caseTimelineZhCN: CaseTimelineTerms = {};

export const caseTimelineEn: CaseTimelineTerms = {};
