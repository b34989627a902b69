import { HANDLING_LEVELS, type HandlingLevel, type KpiReport } from '@wangge/core';

/** One level of a report: how many of the closed cases were resolved there, and their share. */
export interface LevelRow {
  readonly level: HandlingLevel;
  readonly count: number;
  /** The share of the closed cases (0…1), `null` when none was closed. */
  readonly share: number | null;
}

/** One bar group (or stacked bar) of the chart: a unit's report by level. */
export interface LevelSeries {
  readonly label: string;
  readonly rows: readonly LevelRow[];
  /** Cases closed in the window (the numerators' sum). */
  readonly total: number;
}

/** A report of the chart with its label, as the host gives several (`reports`). */
export interface LabelledKpiReport {
  readonly label: string;
  readonly report: KpiReport;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Reads `resolvedAtLevel` of a report from the host page, member by member, as core computed it
 * (no share is recomputed here): a level without a well-formed ratio counts 0 cases and has no
 * share. `undefined` when the report has no `resolvedAtLevel`.
 */
export function levelSeries(report: unknown, label: string): LevelSeries | undefined {
  if (!isRecord(report) || !isRecord(report.resolvedAtLevel)) return undefined;
  const levels = report.resolvedAtLevel;
  const rows = HANDLING_LEVELS.map((level): LevelRow => {
    const ratio = levels[level];
    if (!isRecord(ratio) || !isCount(ratio.numerator)) return { level, count: 0, share: null };
    const share = ratio.value;
    return {
      level,
      count: ratio.numerator,
      share: typeof share === 'number' && Number.isFinite(share) ? share : null,
    };
  });
  const total = isCount(report.closed)
    ? report.closed
    : rows.reduce((sum, row) => sum + row.count, 0);
  return { label, rows, total };
}

/** Every series to draw: `reports` when it has entries, else `report` alone. */
export function seriesOf(reports: unknown, report: unknown, fallbackLabel: string): LevelSeries[] {
  if (Array.isArray(reports) && reports.length > 0) {
    return reports.flatMap((entry: unknown) => {
      if (!isRecord(entry)) return [];
      const label =
        typeof entry.label === 'string' || typeof entry.label === 'number'
          ? String(entry.label)
          : '';
      const series = levelSeries(entry.report, label);
      return series ? [series] : [];
    });
  }
  const one = levelSeries(report, fallbackLabel);
  return one ? [one] : [];
}
