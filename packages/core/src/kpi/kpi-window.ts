import { WanggeValidationError } from '../errors/validation-error.js';
import { timestampMs } from '../format/timestamp-ms.js';
import { KPI_MESSAGES } from '../i18n/kpi-messages.js';

/** A window `[from, to)` in epoch milliseconds, or why it is not one (an empty window). */
export function kpiWindow(
  subject: string,
  from: string,
  to: string,
):
  | { readonly fromMs: number; readonly toMs: number; readonly error?: undefined }
  | { readonly error: WanggeValidationError } {
  const [fromMs, toMs] = [timestampMs(from), timestampMs(to)];
  if (fromMs < toMs) return { fromMs, toMs };
  const entry = KPI_MESSAGES.kpi_window_empty;
  return {
    error: new WanggeValidationError(subject, [
      { code: 'kpi_window_empty', path: ['to'], ...entry },
    ]),
  };
}
