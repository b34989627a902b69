// <wg-kpi-panel> under the example pages' strict policy (no inline style, Trusted Types): in a
// file of its own, since the policy stays on this test frame once applied.
import { describe, expect, it } from 'vitest';
import '../district/district.js';
import { mount, settled } from '../test-support/dom.js';
import { kpiReport, monthOf } from '../test-support/kpi-reports.js';
import { enforceStrictCsp, provesEnforced } from '../test-support/strict-csp.js';
import './kpi-panel.js';

describe('<wg-kpi-panel> under a strict CSP with Trusted Types', () => {
  it('renders, switches views, selects and changes language and theme with no violation', async () => {
    const violations = enforceStrictCsp();
    expect(await provesEnforced(violations)).toBe(true);
    const provider = mount(document.createElement('wg-district'));
    const el = document.createElement('wg-kpi-panel');
    el.label = '<img src=x onerror=alert(1)>';
    el.report = kpiReport();
    el.previous = kpiReport({ ...monthOf(10), reworked: 1, closuresDue: 0 });
    el.series = [kpiReport(monthOf(9)), el.previous, el.report];
    provider.append(el);
    await settled(el);
    expect(el.shadowRoot?.querySelectorAll('[part~="sparkline"]').length).toBe(9);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-view="table"]')?.click();
    await settled(el);
    expect(el.shadowRoot?.querySelector('table')).not.toBeNull();
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="label"]')?.click();
    provider.setAttribute('theme', 'dark');
    provider.lang = 'en';
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.selected).toBe('closureRate');
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(violations.list).toEqual([]);
  });
});
