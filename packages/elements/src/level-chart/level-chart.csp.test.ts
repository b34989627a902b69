// <wg-level-chart> under the example pages' strict policy (no inline style, Trusted Types): in a
// file of its own, since the policy stays on this test frame once applied.
import { describe, expect, it } from 'vitest';
import '../district/district.js';
import { mount, settled } from '../test-support/dom.js';
import { kpiReport } from '../test-support/kpi-reports.js';
import { enforceStrictCsp, provesEnforced } from '../test-support/strict-csp.js';
import './level-chart.js';

describe('<wg-level-chart> under a strict CSP with Trusted Types', () => {
  it('draws, resizes, stacks and switches to its table with no violation', async () => {
    const violations = enforceStrictCsp();
    expect(await provesEnforced(violations)).toBe(true);
    const provider = mount(document.createElement('wg-district'));
    const el = document.createElement('wg-level-chart');
    el.reports = [
      { label: '<img src=x onerror=alert(1)>', report: kpiReport() },
      { label: '老军营街道', report: kpiReport({ levels: [1, 2, 3, 4] }) },
    ];
    provider.append(el);
    await settled(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.layout = 'stacked';
    provider.setAttribute('theme', 'dark');
    await settled(el);
    expect(el.shadowRoot?.querySelectorAll('rect.bar').length).toBe(8);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-view="table"]')?.click();
    provider.lang = 'en';
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot?.querySelector('table')).not.toBeNull();
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(violations.list).toEqual([]);
  });
});
