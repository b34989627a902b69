import { WanggeValidationError } from '../errors/validation-error.js';
import type { WanggeError } from '../errors/wangge-error.js';
import { isoAtOffset, offsetText } from '../format/iso-at-offset.js';
import { KPI_MESSAGES } from '../i18n/kpi-messages.js';
import { KpiSeriesQuery } from '../schema/kpi-query.js';
import { parseInput } from '../validation/parse-input.js';
import { kpiWindow } from './kpi-window.js';
import type { KpiReport } from './kpi-report.js';
import { factsOf, type KpiSource } from './kpi-source.js';
import { inScope, newTally, reportOf, tallyCase } from './kpi-tally.js';

/** The most windows one series may have. */
const MAX_WINDOWS = 10_000;
const DAY = 86_400_000;

/**
 * The result of `kpiSeries`: one report per window, oldest first, or why there is none.
 *
 * @example
 * ```ts
 * import type { KpiSeriesResult } from '@wangge/core';
 * const closed = (result: KpiSeriesResult) => (result.success ? result.data.map((r) => r.closed) : []);
 * ```
 */
export type KpiSeriesResult =
  | { readonly success: true; readonly data: readonly KpiReport[] }
  | { readonly success: false; readonly error: WanggeError };

/** The offset of an ISO 8601 timestamp, in minutes east of UTC (`Z` is 0). */
function offsetOf(timestamp: string): number {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(timestamp);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** An instant at an offset in minutes, written as the windows' bounds are (`Z` at 0). */
const atOffset = (ms: number, offset: number) =>
  isoAtOffset(ms, offset * 60_000, offset === 0 ? 'Z' : offsetText(offset));

/** The start of the window after the one starting at `start`. */
function next(start: number, every: 'day' | 'week' | 'month', offset: number, n: number): number {
  if (every === 'day') return start + n * DAY;
  if (every === 'week') return start + n * 7 * DAY;
  // Calendar months on the local clock: the same day of month and time, n months on (clamped
  // to the month's last day, so 31 January is followed by 28 or 29 February, then 31 March).
  const local = new Date(start + offset * 60_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + n;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), last);
  const time = start + offset * 60_000 - Date.UTC(year, local.getUTCMonth(), local.getUTCDate());
  return Date.UTC(year, month, day) + time - offset * 60_000;
}

/**
 * The KPIs of consecutive windows (a day, a week or a calendar month each) over `[from, to)`:
 * the trend lines of the command centre's dashboard. Windows are cut on the clock of `from`'s
 * offset, so `2026-11-01T00:00:00+08:00` by `day` gives Beijing days; the last window ends at
 * `to`, and its report's `to` says so.
 *
 * @param query - a {@link KpiSeriesQuery}
 *
 * @example
 * ```ts
 * import { kpiSeries, type CaseEvent } from '@wangge/core';
 * declare const events: CaseEvent[];
 * const result = kpiSeries(events, {
 *   from: '2026-11-01T00:00:00+08:00',
 *   to: '2026-12-01T00:00:00+08:00',
 *   every: 'day',
 * });
 * if (result.success) console.log(result.data.map((day) => day.onTimeRate.value));
 * ```
 */
export function kpiSeries(source: KpiSource, query: unknown): KpiSeriesResult {
  const parsed = parseInput(KpiSeriesQuery, query, 'KpiSeriesQuery');
  if (!parsed.success) return parsed;
  const { from, to, every, scope, categoryCodes } = parsed.data;
  const window = kpiWindow('KpiSeriesQuery', from, to);
  if (window.error) return { success: false, error: window.error };
  const { fromMs, toMs } = window;
  const offset = offsetOf(from);
  const starts: number[] = [];
  for (let start = fromMs, n = 1; start < toMs; start = next(fromMs, every, offset, n++)) {
    if (starts.length === MAX_WINDOWS) {
      return {
        success: false,
        error: new WanggeValidationError('KpiSeriesQuery', [
          { code: 'kpi_too_many_windows', path: ['every'], ...KPI_MESSAGES.kpi_too_many_windows },
        ]),
      };
    }
    starts.push(start);
  }
  const { facts, error } = factsOf(source);
  if (error) return { success: false, error };
  const categories = categoryCodes && new Set(categoryCodes);
  const columns = facts.columns();
  const timelines = [...facts.timelines()].filter(
    (t) => (!categories || categories.has(t.categoryCode)) && inScope(t, scope, toMs),
  );
  const reports = starts.map((start, index) => {
    const end = starts[index + 1] ?? toMs;
    const tally = newTally();
    for (const timeline of timelines) {
      if (inScope(timeline, scope, end)) tallyCase(timeline, columns, start, end, tally);
    }
    const fromText = index === 0 ? from : atOffset(start, offset);
    const toText = index + 1 < starts.length ? atOffset(end, offset) : to;
    return reportOf(tally, fromText, toText, scope);
  });
  return { success: true, data: reports };
}
