// The contact-card page's script (contact-cards.html). The elements themselves come from the
// self-contained bundle; this file only wires the page's controls to them, as a host page would.
import type { WgContactCard, WgErrorEvent } from '@wangge/elements';

const reveal = document.querySelector<HTMLInputElement>('#reveal-phone');
const status = document.querySelector<HTMLElement>('#status');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang ?? 'zh-CN';
    document.documentElement.lang = lang;
    for (const other of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

reveal?.addEventListener('change', () => {
  for (const card of document.querySelectorAll<WgContactCard>('wg-contact-card')) {
    card.revealPhone = reveal.checked;
  }
});

document.addEventListener('wg-error', (event: WgErrorEvent) => {
  if (status)
    status.textContent = event.error.format(
      document.documentElement.lang === 'en' ? 'en' : 'zh-CN',
    );
});
