import type { CaseRecord, LoadedDistrict } from '@wangge/core';
import { summarizeCase } from '@wangge/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../district/district.js';
import { WgCaseSelectEvent } from '../shared/case-select-event.js';
import type { WgErrorEvent } from '../shared/error-event.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { demoCases, T0 } from '../test-support/demo-cases.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import './case-card.js';
import type { WgCaseCard } from './case-card.component.js';

let district: LoadedDistrict;
let records: Awaited<ReturnType<typeof demoCases>>['records'];

beforeAll(async () => {
  ({ district, records } = await demoCases());
});
beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

async function card(record: unknown, attrs: Record<string, string> = {}): Promise<WgCaseCard> {
  const el = document.createElement('wg-case-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.district = district;
  el.record = record;
  mount(el);
  await settled(el);
  return el;
}
const part = (el: WgCaseCard, name: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<wg-case-card>', () => {
  it('shows the category, place, step, level, due time and handler', async () => {
    const el = await card(records.working, { now: String(T0) });
    expect(text(part(el, 'title'))).toBe('邻里纠纷');
    const place = text(part(el, 'place'));
    expect(place).toContain(district.units.get(records.working.gridId)?.record.name);
    expect(place).toContain(district.units.get(records.working.communityId)?.record.name);
    expect(text(part(el, 'level'))).toBe('网格');
    const steps = [...(el.shadowRoot?.querySelectorAll('[part~="step"]') ?? [])];
    expect(steps.map((s) => text(s))).toEqual([
      '问题上报',
      '案卷建立',
      '任务指派',
      '调查落实',
      '处理反馈',
      '结案归档',
    ]);
    expect(steps.map((s) => s.className)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'todo',
      'todo',
    ]);
    expect(steps[3]?.getAttribute('aria-current')).toBe('step');
    // ZZ-02 has 4 working hours at the grid: reported at 09:50, due at 16:20, shown in Beijing time.
    expect(records.working.dueAt).toBe('2026-11-26T16:20:00+08:00');
    expect(text(part(el, 'due'))).toBe('2026年11月26日 16:20');
    expect(text(part(el, 'assignee'))).toContain(
      district.people.get(records.working.workerId ?? '')?.name,
    );
  });

  it('shows the overdue state once the due time has passed', async () => {
    const due = Date.parse(records.working.dueAt);
    const el = await card(records.working, { now: String(due + 1) });
    expect(part(el, 'base')?.classList.contains('overdue')).toBe(true);
    expect(text(part(el, 'due'))).toContain('已超期');
    const before = await card(records.working, { now: String(due - 1) });
    expect(text(part(before, 'due'))).not.toContain('已超期');
  });

  it('masks the reporter: the resident’s name and mobile are nowhere in the DOM', async () => {
    const el = await card(records.fresh);
    expect(text(part(el, 'reporter'))).toBe('王**');
    const exposed = exposedStrings(el).join(' ');
    expect(exposed).not.toContain('王秀英');
    expect(exposed).not.toContain('13912345678');
    const revealed = await card(records.fresh, { 'reveal-personal-data': '' });
    expect(text(part(revealed, 'reporter'))).toBe('王秀英');
    expect(exposedStrings(revealed).join(' ')).not.toContain('13912345678');
  });

  it('dispatches wg-case-select from its title, by click and by keyboard', async () => {
    const el = await card(records.working);
    const seen: string[] = [];
    document.addEventListener('wg-case-select', (event) => seen.push(event.caseId), { once: true });
    part(el, 'title')?.click();
    expect(seen).toEqual(['c-working']);
    const events: WgCaseSelectEvent[] = [];
    el.addEventListener('wg-case-select', (event) => events.push(event));
    const title = part(el, 'title') as HTMLButtonElement;
    title.focus();
    expect(el.shadowRoot?.activeElement).toBe(title);
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    title.click(); // what Enter on a focused button does
    expect(events[0]).toBeInstanceOf(WgCaseSelectEvent);
    expect(events[0]?.composed).toBe(true);
  });

  it('accepts a list’s summary row, and a record as JSON', async () => {
    const fromSummary = await card(summarizeCase(records.escalated));
    expect(text(part(fromSummary, 'level'))).toBe('社区');
    expect(text(part(fromSummary, 'due'))).toContain('缓办中');
    expect(part(fromSummary, 'reporter')).toBeNull();
    const fromJson = await card(JSON.stringify(records.closed));
    expect(part(fromJson, 'due')).toBeNull();
    expect(el(fromJson, '[part~="step"].current')).toBe('结案归档');
  });

  it('speaks English when its page does', async () => {
    document.documentElement.lang = 'en';
    const el = await card(records.working);
    expect(text(part(el, 'title'))).toBe('Neighbour disputes');
    expect(text(part(el, 'level'))).toBe('Grid');
    expect(part(el, 'title')?.getAttribute('aria-label')).toBe('Open case: Neighbour disputes');
  });

  it('shows an error state for invalid data, with wg-error, and never throws', async () => {
    const errors: WgErrorEvent[] = [];
    document.addEventListener('wg-error', (event) => errors.push(event), { once: true });
    const el = await card({ ...records.working, step: 'closed' });
    expect(part(el, 'error')?.getAttribute('role')).toBe('alert');
    expect(errors[0]?.error.issues[0]?.path).toEqual(['step']);
    const broken = await card('{"id":');
    expect(part(broken, 'error')).not.toBeNull();
  });

  it('renders names and descriptions that look like markup as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const record: CaseRecord = { ...records.fresh, description: evil };
    const el = await card(record);
    expect(text(part(el, 'description'))).toBe(evil);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('takes names from a surrounding <wg-district>', async () => {
    const provider = document.createElement('wg-district');
    provider.district = district;
    const el = document.createElement('wg-case-card');
    el.record = records.working;
    provider.append(el);
    mount(provider);
    await settled(provider);
    await settled(el);
    expect(text(part(el, 'title'))).toBe('邻里纠纷');
  });

  it('has no accessibility violations, in each state', async () => {
    for (const record of [
      records.fresh,
      records.working,
      records.escalated,
      records.closed,
      { id: 1 },
    ]) {
      const el = await card(record);
      const violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });
});

function el(card: WgCaseCard, selector: string): string {
  return text(card.shadowRoot?.querySelector(selector));
}
