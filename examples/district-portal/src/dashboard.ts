// The command centre's figures (指挥平台考核指标), folded from the engine's event log alone:
// today up to the simulated time against yesterday up to the same time, the two days as a
// series, and today's closures by level for each street.
import {
  KpiFacts,
  computeKpis,
  computeKpisByUnit,
  kpiSeries,
  type CaseEvent,
  type LoadedDistrict,
} from '@wangge/core';
import type { WgKpiPanel, WgLevelChart } from '@wangge/elements';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CST = 8 * HOUR;

/** An instant as ISO 8601 in Beijing time, the offset the KPI windows are read on. */
export function beijingIso(ms: number): string {
  return `${new Date(ms + CST).toISOString().slice(0, 19)}+08:00`;
}

/** Midnight (Beijing) of the day holding `ms`. */
export function beijingMidnight(ms: number): number {
  return ms - ((ms + CST) % DAY);
}

export class Dashboard {
  readonly #facts = new KpiFacts();
  #folded = 0;

  constructor(
    readonly panel: WgKpiPanel,
    readonly chart: WgLevelChart,
    readonly district: LoadedDistrict,
  ) {}

  /** Adds the events recorded since the last call and shows the figures as of `now`. */
  update(events: readonly CaseEvent[], now: number, lang: 'zh-CN' | 'en'): void {
    if (events.length > this.#folded) {
      const added = this.#facts.add(events.slice(this.#folded));
      if (!added.success) return;
      this.#folded = events.length;
    }
    const midnight = beijingMidnight(now);
    // `to` is excluded from a window: one millisecond on, what happened at `now` counts.
    const to = now + 1;
    const today = computeKpis(this.#facts, { from: beijingIso(midnight), to: beijingIso(to) });
    const yesterday = computeKpis(this.#facts, {
      from: beijingIso(midnight - DAY),
      to: beijingIso(to - DAY),
    });
    const series = kpiSeries(this.#facts, {
      from: beijingIso(midnight - DAY),
      to: beijingIso(to),
      every: 'day',
    });
    if (today.success) this.panel.report = today.data;
    if (yesterday.success) this.panel.previous = yesterday.data;
    if (series.success) this.panel.series = series.data;
    const streets = computeKpisByUnit(this.#facts, {
      from: beijingIso(midnight),
      to: beijingIso(to),
      kind: 'street',
    });
    if (streets.success) {
      this.chart.reports = [...streets.data].map(([id, report]) => {
        const unit = this.district.units.get(id);
        const street = unit?.kind === 'street' ? unit.record : undefined;
        const name = lang === 'en' ? (street?.nameEn ?? street?.name) : street?.name;
        return { label: name ?? id, report };
      });
    }
  }
}
