// What the map and the list show of the cases: the rows (summaries, which carry no personal
// data), open and overdue counts by grid and micro-grid, and a marker per open case.
import { isOverdue, type CaseSummary, type LoadedDistrict, type Location } from '@wangge/core';
import type { GridMapMarker, UnitCaseCounts } from '@wangge/elements';
import type { CommandDesk } from './command-desk.js';
import type { PageLang } from './page-text.js';

export interface CaseOverview {
  readonly rows: readonly CaseSummary[];
  readonly counts: Readonly<Record<string, UnitCaseCounts>>;
  readonly markers: readonly GridMapMarker[];
}

/** Every case's summary, page by page. */
export async function allSummaries(desk: CommandDesk): Promise<CaseSummary[]> {
  const rows: CaseSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await desk.engine.list({ limit: 1000, offset, sort: 'createdAt' });
    rows.push(...page.items);
    if (page.items.length === 0 || rows.length >= page.total) return rows;
  }
}

export function caseOverview(
  rows: readonly CaseSummary[],
  locations: ReadonlyMap<string, Location>,
  district: LoadedDistrict,
  now: number,
  lang: PageLang,
): CaseOverview {
  const counts: Record<string, { open: number; overdue: number }> = {};
  const markers: GridMapMarker[] = [];
  for (const row of rows) {
    if (row.step === 'archived') continue;
    const overdue = isOverdue(row, now);
    // Both levels: a grid's own entry counts its cases without a micro-grid too; communities
    // and streets are coloured by the sum of their grids.
    for (const id of [row.microGridId, row.gridId]) {
      if (id === undefined) continue;
      const entry = (counts[id] ??= { open: 0, overdue: 0 });
      entry.open += 1;
      if (overdue) entry.overdue += 1;
    }
    const location = locations.get(row.id);
    if (location) {
      const name = district.categories.get(row.categoryCode)?.name;
      markers.push({
        id: row.id,
        location,
        overdue,
        label: name ? (lang === 'en' ? name.en : name.zh) : row.categoryCode,
      });
    }
  }
  return { rows, counts, markers };
}
