import { caseHistory, type CaseEngine, type CaseEvent, type LoadedDistrict } from '@wangge/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WgErrorEvent } from '../shared/error-event.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { demoCases } from '../test-support/demo-cases.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import './case-timeline.js';
import type { WgCaseTimeline } from './case-timeline.component.js';

let district: LoadedDistrict;
let engine: CaseEngine;
let escalatedLog: readonly CaseEvent[];

beforeAll(async () => {
  ({ district, engine } = await demoCases());
  escalatedLog = await engine.store.readLog('c-escalated');
});
beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

async function timeline(
  events: unknown,
  attrs: Record<string, string> = {},
): Promise<WgCaseTimeline> {
  const el = document.createElement('wg-case-timeline');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.district = district;
  el.events = events;
  mount(el);
  await settled(el);
  return el;
}
const entries = (el: WgCaseTimeline) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="entry"]') ?? []),
];
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<wg-case-timeline>', () => {
  it('shows every event, oldest first, with when, what, who, and the step and level after it', async () => {
    const el = await timeline(escalatedLog);
    const items = entries(el);
    expect(items).toHaveLength(escalatedLog.length);
    expect(items.map((item) => text(item.querySelector('[part~="title"]')))).toEqual([
      '问题上报',
      '案卷建立',
      '任务指派',
      '调查落实',
      '逐级上报',
      '调查落实',
      '处理反馈',
      '核查不通过，返工',
      '申请缓办',
      '缓办',
    ]);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe(escalatedLog[0]?.at);
    // Shown in Beijing time whatever the browser's zone.
    expect(escalatedLog[0]?.at).toBe('2026-11-26T11:10:00+08:00');
    expect(text(items[0]?.querySelector('[part~="time"]'))).toBe('2026年11月26日 11:10');
    const worker = district.people.get(
      escalatedLog[0]?.actor.kind === 'person' ? escalatedLog[0].actor.personId : '',
    )?.name;
    expect(text(items[0]?.querySelector('[part~="actor"]'))).toBe(`经办：${worker ?? ''}`);
    expect(text(items[3]?.querySelector('[part~="state"]'))).toBe('调查落实 · 网格');
  });

  it('shows a level change with its handover sheet and attachments', async () => {
    const el = await timeline(escalatedLog);
    const escalation = entries(el)[4]!;
    expect(escalation.classList.contains('level')).toBe(true);
    expect(text(escalation.querySelector('[part~="state"]'))).toBe('任务指派 · 网格 → 社区');
    const sheet = escalation.querySelector('[part~="handover"]');
    expect(text(sheet)).toContain('涉及多户，网格内无法协调');
    expect(text(sheet)).toContain('两次入户调解');
    expect(sheet?.querySelector('a')?.getAttribute('href')).toBe('/files/site.jpg');
    expect(sheet?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows rework with its count and reason, and a suspension with the time left', async () => {
    const el = await timeline(escalatedLog);
    const [rework, , suspension] = entries(el).slice(7);
    expect(text(rework?.querySelector('[part~="details"]'))).toBe('第 1 次返工 原因 噪音仍在');
    expect(rework?.classList.contains('alert')).toBe(true);
    expect(text(suspension?.querySelector('[part~="details"]'))).toMatch(
      /^计时暂停，剩余 [\d.]+ 个工作小时$/,
    );
  });

  it('masks the resident who reported it', async () => {
    const el = await timeline(escalatedLog);
    expect(text(entries(el)[0]?.querySelector('[part~="details"]'))).toContain('上报人 王**');
    const exposed = exposedStrings(el).join(' ');
    expect(exposed).not.toContain('王秀英');
    expect(exposed).not.toContain('13912345678');
  });

  it('takes an already computed history, and JSON', async () => {
    const el = document.createElement('wg-case-timeline');
    el.district = district;
    el.history = caseHistory(escalatedLog);
    mount(el);
    await settled(el);
    expect(entries(el)).toHaveLength(escalatedLog.length);
    const fromJson = await timeline(JSON.stringify(escalatedLog));
    expect(entries(fromJson)).toHaveLength(escalatedLog.length);
  });

  it('speaks English when asked', async () => {
    const el = await timeline(escalatedLog, { lang: 'en' });
    expect(text(entries(el)[4]?.querySelector('[part~="title"]'))).toBe('Escalated');
    expect(text(entries(el)[4]?.querySelector('[part~="state"]'))).toBe(
      'Assigned · Grid → Community',
    );
    expect(el.shadowRoot?.querySelector('[part~="list"]')?.getAttribute('aria-label')).toBe(
      'History',
    );
  });

  it('shows an empty state, and an error state for invalid or broken logs', async () => {
    const empty = await timeline([]);
    expect(text(empty.shadowRoot?.querySelector('[part~="empty"]'))).toBe('暂无办理记录');
    const errors: WgErrorEvent[] = [];
    document.addEventListener('wg-error', (event) => errors.push(event));
    const invalid = await timeline([{ ...escalatedLog[0], type: 'case-exploded' }]);
    expect(invalid.shadowRoot?.querySelector('[part~="error"]')?.getAttribute('role')).toBe(
      'alert',
    );
    expect(errors.at(-1)?.error.issues[0]?.path[0]).toBe(0);
    const gap = await timeline([escalatedLog[0], escalatedLog[2]]);
    expect(errors.at(-1)?.error.issues[0]?.code).toBe('broken_log');
    expect(gap.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull();
    const notAList = await timeline('{');
    expect(notAList.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull();
  });

  it('renders notes that look like markup as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const [first, second] = escalatedLog;
    const forged = { ...second!, data: { note: evil } } as CaseEvent;
    const el = await timeline([first, forged]);
    expect(text(entries(el)[1]?.querySelector('[part~="details"]'))).toContain(evil);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('has no accessibility violations', async () => {
    for (const events of [escalatedLog, [], [{}]]) {
      const el = await timeline(events);
      const violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });
});
