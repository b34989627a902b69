// KPIs over a month of a district: 140,000 cases, about 1M events (bench/support/kpi-workload.ts).
// Goal: KPIs over 1M events in ≤ 1 s, from the events (the fold included).
//
// Against the obvious alternative: replaying every case's record with core's `evolveCase` (the
// engine's own fold, immer underneath) and counting from the records, which gives only what a
// record still shows at the end (open, overdue, closed), none of the time per step or level.
import { bench, describe } from 'vitest';
import {
  KpiFacts,
  computeKpis,
  computeKpisByUnit,
  evolveCase,
  isOverdue,
  kpiSeries,
  summarizeCase,
  type CaseRecord,
} from '../src/index.js';
import { kpiWorkload } from './support/kpi-workload.js';
import { rated } from './support/rated-bench.js';

const events = kpiWorkload(140_000);
const MONTH = { from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' };
const folded = KpiFacts.from(events);
if (!folded.success) throw folded.error;
const facts = folded.data;
const must = <T>(result: { success: true; data: T } | { success: false; error: Error }): T => {
  if (!result.success) throw result.error;
  return result.data;
};
const report = must(computeKpis(events, MONTH));
console.log(
  `KPI workload: ${events.length.toLocaleString('en')} events of ${facts.caseCount.toLocaleString('en')} cases; ` +
    `closed ${String(report.closed)}, on time ${((report.onTimeRate.value ?? 0) * 100).toFixed(1)} %`,
);

describe('KPIs of a month, 140k cases', () => {
  bench(
    ...rated(
      'computeKpis from the events (fold + report)',
      events.length,
      'events',
      () => must(computeKpis(events, MONTH)),
      { iterations: 5 },
    ),
  );
  bench(
    ...rated(
      'computeKpis from folded KpiFacts (one report)',
      events.length,
      'events',
      () => must(computeKpis(facts, MONTH)),
      { iterations: 10 },
    ),
  );
  bench(
    ...rated(
      'replaying records with evolveCase, counting from them',
      events.length,
      'events',
      () => {
        const records = new Map<string, CaseRecord>();
        for (const event of events)
          records.set(event.caseId, evolveCase(records.get(event.caseId), event));
        const end = Date.parse(MONTH.to);
        let closed = 0;
        let overdue = 0;
        for (const record of records.values()) {
          if (record.outcome === 'resolved') closed++;
          else if (isOverdue(summarizeCase(record), end)) overdue++;
        }
        return closed + overdue;
      },
      { iterations: 2 },
    ),
  );
});

describe('dashboards from folded KpiFacts', () => {
  bench(
    ...rated(
      'kpiSeries: 30 daily reports',
      30,
      'reports',
      () => must(kpiSeries(facts, { ...MONTH, every: 'day' })),
      { iterations: 5 },
    ),
  );
  bench(
    ...rated(
      'computeKpisByUnit: every grid (2,568)',
      2_568,
      'reports',
      () => must(computeKpisByUnit(facts, { ...MONTH, kind: 'grid' })),
      { iterations: 5 },
    ),
  );
});
