// Bad queries and bad logs get typed errors with a path and zh-CN/en messages, never a throw or
// a report built on them, and facts already folded are kept when a batch is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  KpiFacts,
  WanggeValidationError,
  computeKpis,
  computeKpisByUnit,
  kpiSeries,
  type CaseEvent,
  type KpiReport,
} from '../../src/index.js';
import { fc } from '../support/fast-check.js';
import { WEEK, weekEvents } from './kpi-week.js';

let events: CaseEvent[];
let week: KpiReport;

beforeAll(async () => {
  events = await weekEvents();
  const result = computeKpis(events, WEEK);
  if (!result.success) throw result.error;
  week = result.data;
});

function issuesOf(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  expect(result.error).toBeInstanceOf(WanggeValidationError);
  const error = result.error as WanggeValidationError;
  for (const issue of error.issues) {
    expect(issue.message['zh-CN']).not.toBe('');
    expect(issue.message.en).not.toBe('');
  }
  return error.issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

describe('queries', () => {
  it('refuse an empty or reversed window, at `to`', () => {
    for (const to of [WEEK.from, '2026-11-25T00:00:00+08:00']) {
      expect(issuesOf(computeKpis(events, { from: WEEK.from, to }))).toEqual([
        { code: 'kpi_window_empty', path: ['to'] },
      ]);
    }
    const result = computeKpis(events, { from: WEEK.to, to: WEEK.from });
    expect(!result.success && result.error.messageIn('zh-CN')).toContain('to 应晚于 from');
  });

  it('refuse times without an offset, scopes of unknown kinds and unknown keys', () => {
    expect(issuesOf(computeKpis(events, { from: '2026-11-26 00:00', to: WEEK.to }))).toEqual([
      { code: 'invalid_format', path: ['from'] },
    ]);
    const scope = issuesOf(computeKpis(events, { ...WEEK, scope: { kind: 'province', id: 'x' } }));
    expect(scope[0]?.path).toEqual(['scope', 'kind']);
    expect(issuesOf(computeKpis(events, { ...WEEK, window: 'month' }))[0]?.code).toBe(
      'unrecognized_keys',
    );
    expect(issuesOf(computeKpis(events, null))[0]?.path).toEqual([]);
  });

  it('refuse bad by-unit kinds and series intervals', () => {
    expect(issuesOf(computeKpisByUnit(events, { ...WEEK, kind: 'household' }))[0]?.path).toEqual([
      'kind',
    ]);
    expect(issuesOf(kpiSeries(events, { ...WEEK, every: 'hour' }))[0]?.path).toEqual(['every']);
  });

  it('never throw, whatever the query', () => {
    fc.assert(
      fc.property(fc.anything(), (query) => {
        const result = computeKpis(events, query);
        expect(typeof result.success).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('logs', () => {
  it('refuse a malformed event with its index and field', () => {
    const at = events.map((event, index) => (index === 3 ? { ...event, at: 'yesterday' } : event));
    expect(issuesOf(computeKpis(at, WEEK))).toEqual([
      { code: 'kpi_invalid_event', path: [3, 'at'] },
    ]);
    const type = events.map((event, index) =>
      index === 1 ? { ...event, type: 'case-lost' } : event,
    );
    expect(issuesOf(computeKpis(type as CaseEvent[], WEEK))[0]?.path).toEqual([1, 'type']);
    const escalation = events.findIndex((event) => event.type === 'case-escalated');
    const broken = events.map((event, index) =>
      index === escalation ? { ...event, data: { ...event.data, to: 'province' } } : event,
    );
    expect(issuesOf(computeKpis(broken as CaseEvent[], WEEK))[0]?.path).toEqual([
      escalation,
      'data',
      'to',
    ]);
    expect(issuesOf(computeKpis([null] as unknown as CaseEvent[], WEEK))[0]?.path).toEqual([0]);
  });

  it('refuse a gap in a case’s versions, or a log that does not start with the report', () => {
    const gap = events.filter((event) => !(event.caseId === 'c-2' && event.version === 4));
    const result = computeKpis(gap, WEEK);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('broken_log');
      expect(result.error.messageIn('en')).toContain("'c-2'");
    }
    const headless = events.filter((event) => !(event.caseId === 'c-1' && event.version === 1));
    expect(computeKpis(headless, WEEK)).toMatchObject({
      success: false,
      error: { code: 'broken_log' },
    });
  });

  it('refuse a batch whole and keep the facts folded before', () => {
    const facts = KpiFacts.from(events.filter((event) => event.caseId !== 'c-7'));
    if (!facts.success) throw facts.error;
    const before = computeKpis(facts.data, WEEK);
    const c7 = events.filter((event) => event.caseId === 'c-7');
    const bad = [c7[0]!, c7[1]!, { ...c7[2]!, version: 9 }];
    expect(facts.data.add(bad).success).toBe(false);
    expect(facts.data.caseCount).toBe(6);
    expect(computeKpis(facts.data, WEEK)).toEqual(before);
    // The same events, whole, go in afterwards.
    expect(facts.data.add(c7).success).toBe(true);
    expect(computeKpis(facts.data, WEEK)).toEqual({ success: true, data: week });
  });

  it('refuse events already folded (a log read twice)', () => {
    const facts = KpiFacts.from(events);
    if (!facts.success) throw facts.error;
    const again = facts.data.add(events.slice(0, 3));
    expect(again).toMatchObject({ success: false, error: { code: 'broken_log' } });
    expect(facts.data.eventCount).toBe(events.length);
  });

  it('never throw, whatever is in the log', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), fc.nat(), (junk, position) => {
        const mixed: unknown[] = [...events];
        mixed.splice(position % (mixed.length + 1), 0, ...junk);
        const result = computeKpis(mixed as CaseEvent[], WEEK);
        if (junk.length > 0) expect(result.success).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
