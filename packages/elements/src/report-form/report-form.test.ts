import {
  CaseCommand,
  CaseNote,
  Location,
  convertPosition,
  parseInput,
  type Locale,
  type ParseResult,
  loadDistrict,
  type LoadedDistrict,
} from '@wangge/core';
import { generateDemoDistrict } from '@wangge/core/demo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../district/district.js';
import type { WgErrorEvent } from '../shared/error-event.js';
import { WgPointPickEvent } from '../shared/point-pick-event.js';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import type { WgReportForm } from './report-form.component.js';
import { WgReportEvent, type ReportFields } from './report-event.js';
import './report-form.js';

const STREET = 'st-yingze';
const COMMUNITY = 'st-yingze-c01';
const G1 = 'st-yingze-c01-g001';
const G1M1 = 'st-yingze-c01-g001-m1';
const G2 = 'st-yingze-c01-g002';
const XSS = '<img src=x onerror="window.__wgXss=1">';

const demo = generateDemoDistrict({ scale: 0.05 });

function load(bundle: unknown): LoadedDistrict {
  const result = loadDistrict(bundle);
  if (!result.success) throw new Error(result.error.format('en'));
  return result.data;
}

const district = load(demo);

const square = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

/** Two grids side by side; the first one is covered by its micro-grid 1号楼院. */
const layer = {
  type: 'FeatureCollection',
  coordinateSystem: 'WGS84',
  features: [
    {
      type: 'Feature',
      properties: { id: G1, level: 'grid', parentId: COMMUNITY, kind: 'ordinary' },
      geometry: square(112.5, 37.8, 112.51, 37.81),
    },
    {
      type: 'Feature',
      properties: { id: G1M1, level: 'micro-grid', parentId: G1 },
      geometry: square(112.5, 37.8, 112.51, 37.81),
    },
    {
      type: 'Feature',
      properties: { id: G2, level: 'grid', parentId: COMMUNITY, kind: 'ordinary' },
      geometry: square(112.51, 37.8, 112.52, 37.81),
    },
  ],
};

const firstCategory = demo.categories[0]!;
const childCategory = demo.categories.find((c) => c.parentCode !== undefined)!;

interface Options {
  district?: LoadedDistrict | undefined;
  layer?: unknown;
  attrs?: Record<string, string>;
}

async function create(options: Options = {}): Promise<WgReportForm> {
  const el = document.createElement('wg-report-form');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.district = 'district' in options ? options.district : district;
  if (options.layer !== undefined) el.layer = options.layer;
  mount(el);
  await settled(el);
  return el;
}

function element(el: WgReportForm, id: string): HTMLElement {
  const found = el.shadowRoot?.getElementById(id);
  if (!found) throw new Error(`#${id} not rendered`);
  return found;
}

const control = (el: WgReportForm, id: string) => element(el, id) as HTMLInputElement;
const selectOf = (el: WgReportForm, id: string) => element(el, id) as HTMLSelectElement;
const textareaOf = (el: WgReportForm, id: string) => element(el, id) as HTMLTextAreaElement;

function part(el: WgReportForm, name: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`part ${name} not rendered`);
  return found;
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function errorOf(el: WgReportForm, key: string): string | undefined {
  const found = el.shadowRoot?.getElementById(`${key}-error`);
  return found ? text(found) : undefined;
}

function active(el: WgReportForm): string | undefined {
  return el.shadowRoot?.activeElement?.id;
}

async function type(el: WgReportForm, id: string, value: string): Promise<void> {
  await userEvent.fill(control(el, id), value);
  await settled(el);
}

async function choose(el: WgReportForm, id: string, value: string): Promise<void> {
  await userEvent.selectOptions(selectOf(el, id), value);
  await settled(el);
}

/** Leaves the focused control (firing its change and blur), as a user tabbing on would. */
async function leave(el: WgReportForm): Promise<void> {
  await userEvent.tab();
  await settled(el);
}

async function submit(el: WgReportForm): Promise<void> {
  await userEvent.click(part(el, 'submit'));
  await settled(el);
}

function listen(): WgReportEvent[] {
  const events: WgReportEvent[] = [];
  document.body.addEventListener('wg-report', (event) => {
    events.push(event);
  });
  return events;
}

/** Fills every required field: category, coordinates (and so the grid, with a layer), text. */
async function fillValid(el: WgReportForm): Promise<void> {
  await choose(el, 'category', firstCategory.code);
  await type(el, 'longitude', '112.515');
  await type(el, 'latitude', '37.805');
  await leave(el);
  await type(el, 'description', '  小区东门垃圾堆积三天未清运  ');
  await leave(el);
}

/** The message core gives for a value refused by one of its schemas. */
function coreMessage(result: ParseResult<unknown>, locale: Locale): string {
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues[0]!.message[locale];
}

const tooFar = parseInput(
  Location,
  { point: { type: 'Point', coordinates: [200, 37.8] }, coordinateSystem: 'WGS84' },
  'location',
);

const envelope = {
  type: 'report',
  commandId: 'cmd-0001',
  caseId: 'case-0001',
  expectedVersion: 0,
  actorId: 'p-000131',
} as const;

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<wg-report-form>', () => {
  it('is registered and renders its fields in zh-CN', async () => {
    expect(customElements.get('wg-report-form')).toBeDefined();
    const el = await create();
    expect(text(el.shadowRoot?.querySelector('label[for="category"]'))).toBe('问题类别');
    expect(text(part(el, 'submit'))).toBe('提交上报');
    expect(el.shadowRoot?.querySelector('form')?.getAttribute('aria-label')).toBe('问题上报');
    const legends = [...(el.shadowRoot?.querySelectorAll('legend') ?? [])].map(text);
    expect(legends).toEqual(['问题位置', '坐标', '所属网格', '照片', '紧急程度', '上报人']);
  });

  it('offers the catalogue grouped by department, sub-items under their parent', async () => {
    const el = await create();
    const select = selectOf(el, 'category');
    const groups = [...select.querySelectorAll('optgroup')];
    const departments = district.bundle.departments.filter((d) =>
      demo.categories.some((c) => c.departmentId === d.id),
    );
    expect(groups.map((g) => g.label)).toEqual(departments.map((d) => d.name.zh));
    expect(select.querySelectorAll('option[value]:not([value=""])')).toHaveLength(
      demo.categories.length,
    );
    const parent = district.categories.get(childCategory.parentCode!)!;
    const option = select.querySelector(`option[value="${childCategory.code}"]`);
    expect(text(option)).toBe(`${parent.name.zh} › ${childCategory.name.zh}`);
    expect(option?.parentElement?.getAttribute('label')).toBe(
      district.departments.get(childCategory.departmentId)?.name.zh,
    );
  });

  it('takes the chosen category', async () => {
    const el = await create();
    await choose(el, 'category', childCategory.code);
    expect(selectOf(el, 'category').value).toBe(childCategory.code);
    await type(el, 'longitude', '112.5');
    await type(el, 'latitude', '37.8');
    await choose(el, 'street', STREET);
    await choose(el, 'community', COMMUNITY);
    await choose(el, 'grid', G1);
    await type(el, 'description', '邻里噪音纠纷');
    expect(el.value?.categoryCode).toBe(childCategory.code);
  });

  it('says when there is no district to choose a category from', async () => {
    const el = await create({ district: undefined });
    expect(text(el.shadowRoot?.getElementById('category-hint'))).toContain(
      '尚未获得辖区的事项目录',
    );
    expect(selectOf(el, 'street').disabled).toBe(true);
  });

  it('locates the place through the grid tree: street → community → grid → micro-grid', async () => {
    const el = await create();
    expect(selectOf(el, 'community').disabled).toBe(true);
    await choose(el, 'street', STREET);
    const communities = selectOf(el, 'community');
    expect(communities.disabled).toBe(false);
    expect(text(communities.querySelector(`option[value="${COMMUNITY}"]`))).toBe('双塔西街社区');
    await choose(el, 'community', COMMUNITY);
    await choose(el, 'grid', G2);
    await choose(el, 'micro-grid', `${G2}-m2`);
    await choose(el, 'category', firstCategory.code);
    await type(el, 'longitude', '112.515');
    await type(el, 'latitude', '37.805');
    await leave(el);
    // No layer: the point cannot be located, and the chosen grid stands.
    expect(text(part(el, 'place-status'))).toBe('没有网格图层，无法按坐标定位，请选择所属网格。');
    await type(el, 'description', '路灯损坏');
    expect(el.value).toMatchObject({ gridId: G2, microGridId: `${G2}-m2` });

    // Changing the street clears what was chosen under it.
    await choose(el, 'street', 'st-liuxiang');
    expect(selectOf(el, 'grid').value).toBe('');
    expect(el.value).toBeUndefined();
  });

  it('locates typed coordinates with the layer and shows the grid’s name', async () => {
    const el = await create({ layer });
    await type(el, 'longitude', '112.515');
    await type(el, 'latitude', '37.805');
    await leave(el);
    expect(text(part(el, 'place-status'))).toBe('已定位：迎泽街道 › 双塔西街社区 › 第二网格');
    expect(selectOf(el, 'street').value).toBe(STREET);
    expect(selectOf(el, 'community').value).toBe(COMMUNITY);
    expect(selectOf(el, 'grid').value).toBe(G2);
    expect(selectOf(el, 'micro-grid').value).toBe('');
  });

  it('converts coordinates typed in another system before locating them', async () => {
    const el = await create({ layer });
    // A point of the first grid (WGS84), as a Chinese map app gives it (GCJ02).
    const [lon, lat] = convertPosition([112.505, 37.805], 'WGS84', 'GCJ02');
    expect(Math.abs(lon - 112.505)).toBeGreaterThan(0.003); // the shift moves it off by itself
    await choose(el, 'coordinate-system', 'GCJ02');
    await type(el, 'longitude', String(lon));
    await type(el, 'latitude', String(lat));
    await leave(el);
    expect(text(part(el, 'place-status'))).toBe(
      '已定位：迎泽街道 › 双塔西街社区 › 第一网格 › 1号楼院',
    );
    expect(selectOf(el, 'grid').value).toBe(G1);
    expect(selectOf(el, 'micro-grid').value).toBe(G1M1);
  });

  it('says when a point is outside every grid, and drops the grid it had located', async () => {
    const el = await create({ layer });
    await type(el, 'longitude', '112.515');
    await type(el, 'latitude', '37.805');
    await leave(el);
    expect(selectOf(el, 'grid').value).toBe(G2);
    await type(el, 'longitude', '113.9');
    await leave(el);
    expect(text(part(el, 'place-status'))).toBe('该坐标不在任何网格内，请选择所属网格。');
    expect(selectOf(el, 'grid').value).toBe('');
  });

  it('takes the layer from <wg-district> when the form has none of its own', async () => {
    const provider = document.createElement('wg-district');
    provider.district = district;
    provider.layer = layer;
    const el = document.createElement('wg-report-form');
    provider.append(el);
    mount(provider);
    await settled(provider);
    await settled(el);
    expect(selectOf(el, 'category').querySelectorAll('optgroup').length).toBe(11);
    await type(el, 'longitude', '112.505');
    await type(el, 'latitude', '37.805');
    await leave(el);
    expect(text(part(el, 'place-status'))).toContain('第一网格 › 1号楼院');
  });

  it('takes the place from a wg-point-pick event of the map in its map slot', async () => {
    const el = await create();
    const map = document.createElement('div');
    map.slot = 'map';
    map.textContent = 'map';
    el.append(map);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(part(el, 'map').hidden).toBe(false);
    expect(text(el.shadowRoot?.getElementById('location-hint'))).toContain('在地图上点选');

    map.dispatchEvent(
      new WgPointPickEvent(
        {
          point: { type: 'Point', coordinates: [112.51234567891, 37.8055] },
          coordinateSystem: 'GCJ02',
        },
        G2,
        `${G2}-m3`,
      ),
    );
    await settled(el);
    expect(control(el, 'longitude').value).toBe('112.512346');
    expect(control(el, 'latitude').value).toBe('37.8055');
    expect(selectOf(el, 'coordinate-system').value).toBe('GCJ02');
    expect(selectOf(el, 'grid').value).toBe(G2);
    expect(selectOf(el, 'micro-grid').value).toBe(`${G2}-m3`);
    expect(text(part(el, 'place-status'))).toBe(
      '已定位：迎泽街道 › 双塔西街社区 › 第二网格 › 3号楼院',
    );

    // A pick outside the map's grids leaves the place to be chosen.
    map.dispatchEvent(
      new WgPointPickEvent({
        point: { type: 'Point', coordinates: [113, 38] },
        coordinateSystem: 'GCJ02',
      }),
    );
    await settled(el);
    expect(text(part(el, 'place-status'))).toBe('该坐标不在任何网格内，请选择所属网格。');
    expect(selectOf(el, 'grid').value).toBe('');
  });

  it('takes picks from the map named by map-id, and ignores other maps', async () => {
    const el = await create({ attrs: { 'map-id': 'city-map' } });
    const map = document.createElement('div');
    map.id = 'city-map';
    const inner = document.createElement('span');
    map.append(inner);
    const other = document.createElement('div');
    document.body.append(map, other);
    const pick = (coordinates: [number, number], gridId: string) =>
      new WgPointPickEvent(
        { point: { type: 'Point', coordinates }, coordinateSystem: 'WGS84' },
        gridId,
      );
    other.dispatchEvent(pick([112.1, 37.1], G1));
    await settled(el);
    expect(control(el, 'longitude').value).toBe('');
    inner.dispatchEvent(pick([112.515, 37.805], G2));
    await settled(el);
    expect(control(el, 'longitude').value).toBe('112.515');
    expect(selectOf(el, 'grid').value).toBe(G2);
  });

  it('shows every problem on submit, with a summary, and focuses the first invalid field', async () => {
    const events = listen();
    const el = await create();
    await submit(el);
    expect(events).toHaveLength(0);
    const summary = part(el, 'error-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(text(summary.querySelector('p'))).toBe('提交前请更正以下 5 处问题：');
    expect([...summary.querySelectorAll('a')].map(text)).toEqual([
      '问题类别：请选择问题类别。',
      '经度：请输入数字形式的经度。',
      '纬度：请输入数字形式的纬度。',
      '所属网格：请选择所属网格，或通过地图、坐标定位。',
      '问题描述：请描述问题。',
    ]);
    expect(active(el)).toBe('category');
    const category = selectOf(el, 'category');
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(category.getAttribute('aria-describedby')).toBe('category-error');
    // The grid's problem is shown on the first select still to choose.
    expect(control(el, 'street').getAttribute('aria-describedby')).toBe('grid-error');
    expect(control(el, 'grid').getAttribute('aria-invalid')).toBe('false');
    expect(control(el, 'description').getAttribute('aria-describedby')).toBe(
      'description-hint description-count description-error',
    );

    // A summary link takes the focus to its field.
    await userEvent.click(summary.querySelectorAll('a')[4]!);
    expect(active(el)).toBe('description');

    // Fixing a field removes its problem at once.
    await choose(el, 'category', firstCategory.code);
    expect(errorOf(el, 'category')).toBeUndefined();
    expect(text(part(el, 'error-summary').querySelector('p'))).toBe('提交前请更正以下 4 处问题：');
  });

  it('checks a field when it loses focus, without the summary', async () => {
    const el = await create();
    control(el, 'description').focus();
    await leave(el);
    expect(errorOf(el, 'description')).toBe('请描述问题。');
    expect(errorOf(el, 'category')).toBeUndefined();
    expect(el.shadowRoot?.querySelector('[part~="error-summary"]')).toBeNull();

    // The grid tree is checked when the focus leaves the tree, not while moving down it.
    selectOf(el, 'street').focus();
    await userEvent.keyboard('{ArrowDown}');
    await leave(el);
    expect(active(el)).toBe('community');
    expect(errorOf(el, 'grid')).toBeUndefined();
    control(el, 'description').focus();
    await settled(el);
    expect(errorOf(el, 'grid')).toBe('请选择所属网格，或通过地图、坐标定位。');
  });

  it('shows core’s messages in the user’s language and keeps what was typed', async () => {
    const events = listen();
    const el = await create({ attrs: { 'reporter-kind': 'resident' } });
    await choose(el, 'category', firstCategory.code);
    await type(el, 'longitude', '200');
    await type(el, 'latitude', '37.8');
    await type(el, 'description', '井盖缺失，有人险些跌倒');
    await type(el, 'reporter-name', '王秀英');
    await type(el, 'reporter-mobile', '12345');
    await leave(el);
    expect(errorOf(el, 'reporterMobile')).toBe(
      '手机号码无效：应为以 13–19 开头的 11 位数字，例如 138 0013 8000。',
    );
    await userEvent.click(part(el, 'add-photo'));
    await type(el, 'photo-1', 'javascript:alert(1)');
    await submit(el);
    expect(events).toHaveLength(0);
    expect(errorOf(el, 'longitude')).toBe(coreMessage(tooFar, 'zh-CN'));
    expect(errorOf(el, 'photo-1')).toBe('照片地址无效：应为 http(s) 地址或以 / 开头的站内路径。');
    expect(active(el)).toBe('longitude');

    el.lang = 'en';
    await settled(el);
    expect(errorOf(el, 'reporterMobile')).toBe(
      'Invalid mobile number: expected 11 digits starting with 13–19, e.g. 138 0013 8000.',
    );
    expect(errorOf(el, 'longitude')).toBe(coreMessage(tooFar, 'en'));
    expect(errorOf(el, 'grid')).toBe(
      'Choose the grid, or locate the place on the map or by coordinates.',
    );
    expect(text(part(el, 'error-summary').querySelector('p'))).toBe(
      'Correct these 4 problems before submitting:',
    );

    // Nothing typed was lost.
    expect(selectOf(el, 'category').value).toBe(firstCategory.code);
    expect(control(el, 'longitude').value).toBe('200');
    expect(control(el, 'latitude').value).toBe('37.8');
    expect(textareaOf(el, 'description').value).toBe('井盖缺失，有人险些跌倒');
    expect(control(el, 'reporter-name').value).toBe('王秀英');
    expect(control(el, 'reporter-mobile').value).toBe('12345');
    expect(control(el, 'photo-1').value).toBe('javascript:alert(1)');
    expect(selectOf(el, 'reporter-kind').value).toBe('resident');
  });

  it('dispatches wg-report with a report that passes CaseCommand once the host adds its envelope', async () => {
    const events = listen();
    const el = await create({ layer, attrs: { 'reporter-kind': 'resident' } });
    await fillValid(el);
    await userEvent.click(control(el, 'priority-urgent'));
    await type(el, 'reporter-name', ' 王秀英 ');
    await type(el, 'reporter-mobile', '+86 139-1234-5678');
    await userEvent.click(part(el, 'add-photo'));
    await type(el, 'photo-1', '/photos/east-gate.jpg');
    await userEvent.click(part(el, 'add-photo'));
    await submit(el);

    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toBeInstanceOf(WgReportEvent);
    expect(event.bubbles && event.composed && event.cancelable).toBe(true);
    const expected: ReportFields = {
      categoryCode: firstCategory.code,
      priority: 'urgent',
      location: {
        point: { type: 'Point', coordinates: [112.515, 37.805] },
        coordinateSystem: 'WGS84',
      },
      gridId: G2,
      reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
      description: '小区东门垃圾堆积三天未清运',
      mediaUrls: ['/photos/east-gate.jpg'],
    };
    expect(event.report).toEqual(expected);
    const command = CaseCommand.safeParse({ ...envelope, ...event.report });
    expect(command.success).toBe(true);
    expect(command.data).toEqual({ ...envelope, ...expected });
    expect(el.value).toEqual(expected);
  });

  it('shows what was sent with the reporter masked, then starts a new report', async () => {
    const events = listen();
    const el = await create({ layer, attrs: { 'reporter-kind': 'resident' } });
    await fillValid(el);
    await type(el, 'reporter-name', '王秀英');
    await type(el, 'reporter-mobile', '13912345678');
    await submit(el);
    expect(events).toHaveLength(1);

    const summary = part(el, 'summary');
    expect(active(el)).toBe('summary-title');
    expect(text(part(el, 'summary-title'))).toBe('已提交上报');
    expect(text(summary)).toContain('王**');
    expect(text(summary)).toContain('139****5678');
    expect(text(summary)).toContain('迎泽街道 › 双塔西街社区 › 第二网格');
    expect(text(summary)).toContain(firstCategory.name.zh);
    const exposed = exposedStrings(el.shadowRoot!).join('\n');
    expect(exposed).not.toContain('王秀英');
    expect(exposed).not.toContain('13912345678');

    await userEvent.click(part(el, 'new-report'));
    await settled(el);
    expect(active(el)).toBe('category');
    expect(selectOf(el, 'category').value).toBe('');
    expect(control(el, 'longitude').value).toBe('');
    expect(selectOf(el, 'reporter-kind').value).toBe('resident');
    expect(el.shadowRoot?.querySelector('[part~="field-error"]')).toBeNull();
  });

  it('sends a grid worker’s report with their person id and no contact fields', async () => {
    const events = listen();
    const el = await create({ layer, attrs: { 'reporter-id': 'p-000131' } });
    expect(el.shadowRoot?.getElementById('reporter-name')).toBeNull();
    await fillValid(el);
    await submit(el);
    expect(events[0]?.report.reporter).toEqual({ kind: 'grid-worker', personId: 'p-000131' });
    expect(events[0]?.report.priority).toBe('normal');
  });

  it('stays filled in when the host cancels the event', async () => {
    const el = await create({ layer });
    el.addEventListener('wg-report', (event) => {
      event.preventDefault();
    });
    await fillValid(el);
    await submit(el);
    expect(el.shadowRoot?.querySelector('[part~="summary"]')).toBeNull();
    expect(textareaOf(el, 'description').value).toContain('垃圾堆积');
  });

  it('shows the summary when the host, having sent the report itself, calls showSubmitted', async () => {
    const el = await create({ layer, attrs: { 'reporter-kind': 'resident' } });
    const sent: ReportFields[] = [];
    el.addEventListener('wg-report', (event) => {
      event.preventDefault();
      sent.push(event.report);
    });
    await fillValid(el);
    await type(el, 'reporter-name', '王秀英');
    await type(el, 'reporter-mobile', '13912345678');
    await submit(el);
    expect(sent).toHaveLength(1);
    expect(el.shadowRoot?.querySelector('[part~="summary"]')).toBeNull();

    // The server accepted it: the host shows what was sent.
    el.showSubmitted(sent[0]!);
    await settled(el);
    expect(active(el)).toBe('summary-title');
    expect(text(part(el, 'summary'))).toContain('王**');
    expect(exposedStrings(el.shadowRoot!).join('\n')).not.toContain('13912345678');
  });

  it('can be completed with the keyboard alone', async () => {
    const events = listen();
    const before = document.createElement('button');
    before.textContent = 'before';
    mount(before);
    const el = await create({ layer });
    before.focus();

    const tabTo = async (id: string) => {
      for (let i = 0; i < 30 && active(el) !== id; i += 1) await userEvent.tab();
      expect(active(el)).toBe(id);
    };
    await tabTo('category');
    await userEvent.keyboard('{ArrowDown}');
    await tabTo('longitude');
    await userEvent.keyboard('112.505');
    await tabTo('latitude');
    await userEvent.keyboard('37.805');
    await tabTo('description');
    await userEvent.keyboard('人行道地砖破损');
    await tabTo('add-photo');
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(active(el)).toBe('photo-1');
    await userEvent.keyboard('https://example.org/p.jpg');
    await tabTo('priority-normal');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    await settled(el);

    expect(events).toHaveLength(1);
    expect(events[0]?.report).toMatchObject({
      categoryCode: firstCategory.code,
      gridId: G1,
      microGridId: G1M1,
      priority: 'urgent',
      description: '人行道地砖破损',
      mediaUrls: ['https://example.org/p.jpg'],
    });
    expect(active(el)).toBe('summary-title');
  });

  it('moves focus sensibly when photo addresses are added and removed', async () => {
    const el = await create();
    await userEvent.click(part(el, 'add-photo'));
    await userEvent.click(part(el, 'add-photo'));
    await settled(el);
    expect(active(el)).toBe('photo-2');
    const removes = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="remove-photo"]');
    expect(text(removes[0])).toBe('删除照片地址 1');
    await userEvent.click(removes[0]!);
    await settled(el);
    expect(active(el)).toBe('photo-2');
    expect(text(el.shadowRoot?.querySelector('label[for="photo-2"]'))).toBe('照片地址 1');
    await userEvent.click(el.shadowRoot!.querySelector<HTMLElement>('[part~="remove-photo"]')!);
    await settled(el);
    expect(active(el)).toBe('add-photo');
  });

  it('counts the description’s characters', async () => {
    const el = await create();
    await type(el, 'description', '路灯不亮');
    expect(text(part(el, 'counter'))).toBe('已输入 4 / 2000 字');
    await type(el, 'description', 'x'.repeat(2001));
    await leave(el);
    expect(part(el, 'counter').classList.contains('over')).toBe(true);
    expect(errorOf(el, 'description')).toBe(
      coreMessage(parseInput(CaseNote, 'x'.repeat(2001), 'description'), 'zh-CN'),
    );
  });

  it('switches language through lang, names included', async () => {
    const el = await create({ layer });
    await type(el, 'longitude', '112.515');
    await type(el, 'latitude', '37.805');
    await leave(el);
    el.lang = 'en';
    await settled(el);
    expect(text(el.shadowRoot?.querySelector('label[for="category"]'))).toBe('Category');
    expect(text(part(el, 'submit'))).toBe('Submit report');
    const select = selectOf(el, 'category');
    expect(select.querySelector('optgroup')?.label).toBe(district.bundle.departments[0]?.name.en);
    expect(text(select.querySelector(`option[value="${firstCategory.code}"]`))).toBe(
      firstCategory.name.en,
    );
    expect(text(part(el, 'place-status'))).toBe(
      'Located: Yingze Subdistrict › Shuangta West Street Community › 第二网格',
    );
    el.lang = '';
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(text(part(el, 'submit'))).toBe('Submit report');
  });

  it('renders names from the data as text, never as markup', async () => {
    const bundle = structuredClone(demo);
    const category = bundle.categories[0]!;
    (category.name as { zh: string }).zh = XSS;
    const grid = bundle.grids.find((g) => g.id === G2)!;
    (grid as { name: string }).name = XSS;
    const el = await create({ district: load(bundle), layer });
    const option = selectOf(el, 'category').querySelector(`option[value="${category.code}"]`);
    expect(text(option)).toBe(XSS);
    await type(el, 'longitude', '112.515');
    await type(el, 'latitude', '37.805');
    await leave(el);
    expect(text(part(el, 'place-status'))).toContain(XSS);
    expect(text(selectOf(el, 'grid').selectedOptions[0])).toBe(XSS);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __wgXss?: number }).__wgXss).toBeUndefined();
  });

  it('disables every control with disabled, and ignores submits and picks', async () => {
    const events = listen();
    const el = await create({ layer, attrs: { disabled: '' } });
    const controls = [...el.shadowRoot!.querySelectorAll('input, select, textarea, button')];
    expect(controls.length).toBeGreaterThan(8);
    expect(controls.every((c) => (c as HTMLInputElement).disabled)).toBe(true);
    el.dispatchEvent(
      new WgPointPickEvent(
        { point: { type: 'Point', coordinates: [112.515, 37.805] }, coordinateSystem: 'WGS84' },
        G2,
      ),
    );
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await settled(el);
    expect(control(el, 'longitude').value).toBe('');
    expect(events).toHaveLength(0);
    el.disabled = false;
    await settled(el);
    expect(selectOf(el, 'category').disabled).toBe(false);
  });

  it('takes its submit label from the attribute or the slot', async () => {
    const el = await create({ attrs: { 'submit-label': '上报问题' } });
    expect(text(part(el, 'submit'))).toBe('上报问题');
    const label = document.createElement('span');
    label.slot = 'submit-label';
    label.textContent = '立即上报';
    el.append(label);
    await settled(el);
    const slot = part(el, 'submit').querySelector('slot')!;
    expect(slot.assignedNodes().map(text)).toEqual(['立即上报']);
  });

  it('empties itself with reset() and has no value until it is valid', async () => {
    const el = await create({ layer });
    expect(el.value).toBeUndefined();
    await fillValid(el);
    expect(el.value?.gridId).toBe(G2);
    await submit(el);
    el.reset();
    await settled(el);
    expect(el.shadowRoot?.querySelector('[part~="summary"]')).toBeNull();
    expect(textareaOf(el, 'description').value).toBe('');
    expect(text(part(el, 'place-status'))).toBe('');
    expect(el.value).toBeUndefined();
  });

  it('reports an invalid layer with wg-error', async () => {
    const errors: WgErrorEvent[] = [];
    document.body.addEventListener('wg-error', (event) => {
      errors.push(event);
    });
    const el = await create({ layer: { type: 'FeatureCollection', features: [] } });
    await settled(el);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error.issues[0]?.path).toEqual(['coordinateSystem']);
    await type(el, 'longitude', '112.515');
    await type(el, 'latitude', '37.805');
    await leave(el);
    expect(text(part(el, 'place-status'))).toContain('没有网格图层');
  });

  it('is themed through custom properties, light and dark', async () => {
    const el = await create();
    expect(getComputedStyle(part(el, 'base')).backgroundColor).toBe('rgb(255, 255, 255)');
    el.style.setProperty('--wg-report-form-accent', 'rgb(0, 92, 175)');
    expect(getComputedStyle(part(el, 'submit')).backgroundColor).toBe('rgb(0, 92, 175)');

    const dark = document.createElement('wg-district');
    dark.setAttribute('theme', 'dark');
    const inDark = document.createElement('wg-report-form');
    inDark.district = district;
    dark.append(inDark);
    mount(dark);
    await settled(inDark);
    expect(getComputedStyle(part(inDark, 'base')).backgroundColor).toBe('rgb(22, 27, 34)');
    expect(getComputedStyle(control(inDark, 'description')).color).toBe('rgb(230, 237, 243)');
  });

  describe('has no axe-core violations', () => {
    it('when empty', async () => {
      const el = await create();
      const violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('in the error state, with a resident’s fields and a photo', async () => {
      const el = await create({ attrs: { 'reporter-kind': 'resident' } });
      await userEvent.click(part(el, 'add-photo'));
      await type(el, 'photo-1', 'ftp://x');
      await type(el, 'reporter-mobile', '123');
      await submit(el);
      expect(el.shadowRoot?.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(5);
      const violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('when located and submitted', async () => {
      const el = await create({ layer, attrs: { 'reporter-kind': 'resident' } });
      await fillValid(el);
      let violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).toEqual([]);
      await type(el, 'reporter-mobile', '13912345678');
      await submit(el);
      violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('in the dark theme, in English, with errors', async () => {
      const dark = document.createElement('wg-district');
      dark.setAttribute('theme', 'dark');
      dark.setAttribute('lang', 'en');
      const el = document.createElement('wg-report-form');
      el.district = district;
      dark.append(el);
      mount(dark);
      await settled(el);
      await submit(el);
      const violations = await axeViolations(dark);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });
});
