import type { WanggeError } from '../errors/wangge-error.js';
import type { CaseEvent } from '../schema/case-event.js';
import { KpiFacts } from './kpi-facts.js';

/**
 * What KPIs are computed from: case events (any interleaving of cases, each case's own in version
 * order), or {@link KpiFacts} already folded from them.
 *
 * @example
 * ```ts
 * import type { CaseEvent, KpiSource } from '@wangge/core';
 * declare const events: CaseEvent[];
 * const source: KpiSource = events;
 * ```
 */
export type KpiSource = Iterable<CaseEvent> | KpiFacts;

/** The facts of a source: folded now, unless they already are. */
export function factsOf(
  source: KpiSource,
):
  | { readonly facts: KpiFacts; readonly error?: undefined }
  | { readonly facts?: undefined; readonly error: WanggeError } {
  if (source instanceof KpiFacts) return { facts: source };
  const folded = KpiFacts.from(source);
  return folded.success ? { facts: folded.data } : { error: folded.error };
}
