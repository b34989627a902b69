import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../test-support/axe.js';
import { exposedStrings, mount, settled } from '../test-support/dom.js';
import { WgErrorEvent } from '../shared/error-event.js';
import './contact-card.js';
import type { WgContactCard } from './contact-card.component.js';

const card = {
  gridId: 'yingze-laojunying-03',
  gridName: '老军营社区第三网格',
  community: { name: '老军营社区', phone: '0351 404 5678' },
  worker: { name: '李明', mobile: '+86 138 0013 8000' },
};

function create(attrs: Record<string, string> = {}): WgContactCard {
  const el = document.createElement('wg-contact-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function part(el: WgContactCard, name: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`part ${name} not rendered`);
  return found;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// The test runner's page declares lang="en"; each test starts from an unmarked page.
beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<wg-contact-card>', () => {
  it('is registered and renders a card given as a property', async () => {
    expect(customElements.get('wg-contact-card')).toBeDefined();
    const el = mount(create());
    el.card = card;
    await settled(el);
    expect(text(part(el, 'title'))).toBe('连心卡');
    expect(text(part(el, 'grid'))).toBe('老军营社区第三网格');
    expect(text(part(el, 'worker-name'))).toBe('李明');
    expect(text(part(el, 'community-name'))).toBe('老军营社区');
    expect(text(part(el, 'community-phone'))).toBe('0351-4045678');
    expect(el.value?.worker.mobile).toBe('13800138000');
  });

  it('renders a card given as a JSON attribute', async () => {
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    expect(text(part(el, 'worker-name'))).toBe('李明');
  });

  it('masks the mobile by default: the full number is nowhere in the DOM and cannot be dialled', async () => {
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    expect(text(part(el, 'worker-mobile'))).toContain('138****8000');
    expect(part(el, 'worker-mobile').querySelector('a')).toBeNull();
    const exposed = exposedStrings(el.shadowRoot!).join('\n');
    expect(exposed).not.toMatch(/13800138000|0013|138-0013-8000/);
  });

  it('reveals the mobile with a tel: link only when the host sets reveal-phone', async () => {
    const el = mount(create({ card: JSON.stringify(card), 'reveal-phone': '' }));
    await settled(el);
    const link = part(el, 'worker-mobile').querySelector('a');
    expect(link?.getAttribute('href')).toBe('tel:+86-138-0013-8000');
    expect(text(link)).toBe('13800138000');
    el.revealPhone = false;
    await settled(el);
    expect(text(part(el, 'worker-mobile'))).toContain('138****8000');
    expect(el.hasAttribute('reveal-phone')).toBe(true);
    el.removeAttribute('reveal-phone');
    await settled(el);
    expect(exposedStrings(el.shadowRoot!).join('\n')).not.toContain('13800138000');
  });

  it('offers a tel: link for the community phone', async () => {
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    const link = part(el, 'community-phone').querySelector('a');
    expect(link?.getAttribute('href')).toBe('tel:+86-351-4045678');
    expect(link?.getAttribute('aria-label')).toBe('拨打老军营社区 0351-4045678');
  });

  it('speaks zh-CN by default and switches language through lang', async () => {
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    expect(text(part(el, 'title'))).toBe('连心卡');
    el.lang = 'en';
    await settled(el);
    expect(text(part(el, 'title'))).toBe('Contact card');
    expect(text(el.shadowRoot?.querySelector('dt'))).toBe('Grid worker');
    expect(text(part(el, 'worker-mobile'))).toContain('number hidden');
  });

  it('follows the page language and an ancestor’s lang', async () => {
    document.documentElement.lang = 'en';
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    expect(text(part(el, 'title'))).toBe('Contact card');

    const section = document.createElement('section');
    section.lang = 'zh-CN';
    const inner = mount(create({ card: JSON.stringify(card) }), mount(section));
    await settled(inner);
    expect(text(part(inner, 'title'))).toBe('连心卡');

    document.documentElement.lang = 'zh-CN';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(text(part(el, 'title'))).toBe('连心卡');
  });

  it('follows the lang of a wg-* element around it, set as a property, when it changes', async () => {
    const outer = create({ card: JSON.stringify(card) });
    outer.lang = 'en';
    expect(outer.getAttribute('lang')).toBe('en');
    const inner = mount(create({ card: JSON.stringify(card) }), mount(outer));
    await settled(inner);
    expect(text(part(inner, 'title'))).toBe('Contact card');

    outer.lang = 'zh-CN';
    await settled(outer);
    await settled(inner);
    expect(text(part(outer, 'title'))).toBe('连心卡');
    expect(text(part(inner, 'title'))).toBe('连心卡');

    outer.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(inner);
    expect(text(part(inner, 'title'))).toBe('Contact card');
  });

  it('shows invalid data as a localised error state and dispatches wg-error, without throwing', async () => {
    const el = create();
    const events: WgErrorEvent[] = [];
    document.body.addEventListener('wg-error', (event) => {
      events.push(event);
    });
    mount(el);
    el.card = { ...card, worker: { name: '李明', mobile: '12345' } };
    await settled(el);
    const alert = part(el, 'error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert)).toContain('数据无效');
    expect(text(alert)).toContain('手机号码无效');
    expect(text(alert)).toContain('worker.mobile');
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(WgErrorEvent);
    expect(events[0]?.composed && events[0].bubbles).toBe(true);
    expect(events[0]?.error.issues[0]?.path).toEqual(['worker', 'mobile']);

    el.lang = 'en';
    await settled(el);
    expect(text(part(el, 'error'))).toContain('Invalid mobile number');
    expect(events).toHaveLength(1);
  });

  it('reports malformed JSON in the attribute as an error state', async () => {
    const events: WgErrorEvent[] = [];
    document.body.addEventListener('wg-error', (event) => {
      events.push(event);
    });
    const el = mount(create({ card: '{"gridId": "g-1",' }));
    await settled(el);
    expect(text(part(el, 'error'))).toContain('JSON 无法解析');
    expect(events[0]?.error.issues[0]?.code).toBe('invalid_json');
  });

  it('recovers from an error state when valid data arrives', async () => {
    const el = mount(create({ card: 'nonsense' }));
    await settled(el);
    expect(el.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull();
    el.card = card;
    await settled(el);
    expect(el.shadowRoot?.querySelector('[part~="error"]')).toBeNull();
    expect(text(part(el, 'worker-name'))).toBe('李明');
  });

  it('shows an empty state when no card is set', async () => {
    const el = mount(create());
    await settled(el);
    expect(text(part(el, 'base'))).toBe('暂无连心卡信息');
  });

  it('shows the photo with a localised alt text, and a placeholder when it fails to load', async () => {
    const el = mount(create());
    el.card = { ...card, worker: { ...card.worker, photoUrl: '/no-such-photo.png' } };
    await settled(el);
    const img = part(el, 'photo');
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('alt')).toBe('网格员李明的照片');
    await new Promise((resolve) => {
      img.addEventListener('error', resolve, { once: true });
    });
    await settled(el);
    expect(part(el, 'photo').tagName).toBe('SPAN');
    expect(text(part(el, 'photo'))).toBe('李');
  });

  it('shows slotted host actions and hides the empty actions box', async () => {
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    expect(part(el, 'actions').hidden).toBe(true);
    const button = document.createElement('button');
    button.slot = 'actions';
    button.textContent = '我要反映问题';
    el.append(button);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(part(el, 'actions').hidden).toBe(false);
  });

  it('is themed through --wg-* custom properties set on the page', async () => {
    document.body.style.setProperty('--wg-color-primary', 'rgb(0, 92, 175)');
    const el = mount(create({ card: JSON.stringify(card) }));
    await settled(el);
    expect(getComputedStyle(part(el, 'header')).backgroundColor).toBe('rgb(0, 92, 175)');
    el.style.setProperty('--wg-contact-card-accent', 'rgb(10, 20, 30)');
    expect(getComputedStyle(part(el, 'header')).backgroundColor).toBe('rgb(10, 20, 30)');
    document.body.style.removeProperty('--wg-color-primary');
  });

  it('uses the heading level the host asks for', async () => {
    const el = mount(create({ card: JSON.stringify(card), 'heading-level': '2' }));
    await settled(el);
    expect(part(el, 'title').getAttribute('aria-level')).toBe('2');
  });

  it.each([
    ['a valid card', { card: JSON.stringify(card) }],
    ['a revealed card', { card: JSON.stringify(card), 'reveal-phone': '' }],
    ['the error state', { card: '{}' }],
    ['the empty state', {}],
  ])('has no axe-core violations in %s', async (_name, attrs) => {
    const el = mount(create(attrs));
    await settled(el);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
