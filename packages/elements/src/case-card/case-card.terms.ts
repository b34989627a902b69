/** The strings of `<wg-case-card>`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CaseCardTerms {}

export const caseCardZhCN: CaseCardTerms = {};

export const caseCardEn: CaseCardTerms = {};
