import type * as z from 'zod/mini';
import type { WanggeError } from '../errors/wangge-error.js';
import { parseInput } from '../validation/parse-input.js';
import type { KpiFacts, TimelineColumns } from './kpi-facts.js';
import { factsOf, type KpiSource } from './kpi-source.js';
import { kpiWindow } from './kpi-window.js';

/** What every KPI query has. */
interface WindowQuery {
  readonly from: string;
  readonly to: string;
  readonly categoryCodes?: readonly string[] | undefined;
}

/** A KPI query read and checked, its window in milliseconds, and the facts to answer it from. */
export interface KpiRequest<Q> {
  readonly query: Q;
  readonly fromMs: number;
  readonly toMs: number;
  readonly facts: KpiFacts;
  readonly columns: TimelineColumns;
  /** The categories asked for, if any. */
  readonly categories: ReadonlySet<string> | undefined;
}

/**
 * Reads a KPI function's arguments in the order that costs least on failure: the query (its
 * schema), its window (not empty), then the events (folded unless they already are).
 */
export function readKpiRequest<S extends z.ZodMiniType<WindowQuery>>(
  schema: S,
  subject: string,
  source: KpiSource,
  input: unknown,
):
  | { readonly request: KpiRequest<z.output<S>>; readonly error?: undefined }
  | { readonly request?: undefined; readonly error: WanggeError } {
  const parsed = parseInput(schema, input, subject);
  if (!parsed.success) return { error: parsed.error };
  const query = parsed.data;
  const window = kpiWindow(subject, query.from, query.to);
  if (window.error) return { error: window.error };
  const { facts, error } = factsOf(source);
  if (error) return { error };
  const categories = query.categoryCodes && new Set(query.categoryCodes);
  return {
    request: { query, ...window, facts, columns: facts.columns(), categories },
  };
}
