/** The strings of `<wg-grid-map>`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GridMapTerms {}

export const gridMapZhCN: GridMapTerms = {};

export const gridMapEn: GridMapTerms = {};
