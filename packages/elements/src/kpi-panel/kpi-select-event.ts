import type { KpiDirection, KpiMetric } from '../shared/kpi-metrics.js';

/**
 * Dispatched by `<wg-kpi-panel>` (event name `wg-kpi-select`) when the user activates a figure:
 * which metric, its label as shown, its direction and how to format its values, everything a host
 * needs to colour a `<wg-grid-map color-by="value">` by it.
 *
 * @example
 * ```ts
 * import { kpiValues, type WgGridMap } from '@wangge/elements';
 * import type { KpiReport } from '@wangge/core';
 *
 * declare const byGrid: Map<string, KpiReport>;
 * const map = document.querySelector<WgGridMap>('wg-grid-map')!;
 * document.addEventListener('wg-kpi-select', (event) => {
 *   map.colorBy = 'value';
 *   map.values = kpiValues(byGrid, event.metric);
 *   map.valueLabel = event.label;
 *   map.valueDirection = event.direction;
 *   map.valueFormat = event.format;
 * });
 * ```
 */
export class WgKpiSelectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'wg-kpi-select';
  /** The metric chosen. */
  readonly metric: KpiMetric;
  /** Its label, in the panel's language (结案率, Closure rate …). */
  readonly label: string;
  /** Whether a larger value is better or worse. */
  readonly direction: KpiDirection;
  /** `percent` for a ratio (values are shares, 0…1), `number` for a count. */
  readonly format: 'percent' | 'number';

  constructor(
    metric: KpiMetric,
    label: string,
    direction: KpiDirection,
    format: 'percent' | 'number',
  ) {
    super(WgKpiSelectEvent.eventName, { bubbles: true, composed: true });
    this.metric = metric;
    this.label = label;
    this.direction = direction;
    this.format = format;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wg-kpi-select': WgKpiSelectEvent;
  }
  interface DocumentEventMap {
    'wg-kpi-select': WgKpiSelectEvent;
  }
}
