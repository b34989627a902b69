/** The strings of `<wg-report-form>`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReportFormTerms {}

export const reportFormZhCN: ReportFormTerms = {};

export const reportFormEn: ReportFormTerms = {};
