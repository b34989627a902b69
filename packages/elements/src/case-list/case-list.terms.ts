/** The strings of `<wg-case-list>`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CaseListTerms {}

export const caseListZhCN: CaseListTerms = {};

export const caseListEn: CaseListTerms = {};
