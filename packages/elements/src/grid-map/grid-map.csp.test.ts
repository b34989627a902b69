// <wg-grid-map> coloured by value under the example pages' strict policy (no inline style,
// Trusted Types): in a file of its own, since the policy stays on this test frame once applied.
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '@wangge/core/demo';
import { describe, expect, it } from 'vitest';
import '../district/district.js';
import { mount, settled } from '../test-support/dom.js';
import { enforceStrictCsp, provesEnforced } from '../test-support/strict-csp.js';
import './grid-map.js';
import { squareLayer } from './grid-map.fixtures.js';

const layer = generateDemoGeometry(generateDemoDistrict({ scale: 0.05 }), YINGZE_BOUNDARY);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<wg-grid-map color-by="value"> under a strict CSP with Trusted Types', () => {
  it('colours by value, hatches no data, in SVG and on a canvas, with no violation', async () => {
    const violations = enforceStrictCsp();
    expect(await provesEnforced(violations)).toBe(true);
    const provider = mount(document.createElement('wg-district'));
    const el = document.createElement('wg-grid-map');
    el.setAttribute('levels', 'grid');
    el.colorBy = 'value';
    el.valueFormat = 'percent';
    el.layer = layer;
    const grids = layer.features.filter((f) => f.properties.level === 'grid');
    el.values = Object.fromEntries(grids.map((f, i) => [f.properties.id, i % 4 ? i / 60 : null]));
    provider.append(el);
    await settled(el);
    await frame();
    el.zoomIn();
    provider.setAttribute('theme', 'dark');
    provider.lang = 'en';
    await settled(el);
    expect(el.shadowRoot?.querySelectorAll('path.unit.b0').length).toBeGreaterThan(0);
    el.layer = squareLayer({ side: 25, communities: 4, streets: 1 });
    await settled(el);
    await frame();
    expect(el.usesCanvas).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.list).toEqual([]);
  });
});
