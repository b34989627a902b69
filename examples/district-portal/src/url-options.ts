// The portal's URL parameters, documented in examples/district-portal/README.md:
// `?seed=7&speed=3600&advance=6&lang=en`.
import type { PageLang } from './page-text.js';

/** The speeds the clock offers: paused, a minute a second, an hour a second. */
export const SPEEDS = [0, 60, 3600] as const;
export type Speed = (typeof SPEEDS)[number];

export interface PortalOptions {
  /** The simulation's seed (default 20261126): the same seed, the same day. */
  readonly seed: number;
  /** Simulated seconds per real second (0, 60 or 3600; default 60). */
  readonly speed: Speed;
  /** Simulated hours to run at once after loading, before the clock starts (default 0). */
  readonly advance: number;
  readonly lang: PageLang;
}

export function readOptions(search: string): PortalOptions {
  const params = new URLSearchParams(search);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  const speed = Number(params.get('speed') ?? '60');
  const advance = Number(params.get('advance') ?? '0');
  return {
    seed: Number.isSafeInteger(seed) ? seed : 20261126,
    speed: (SPEEDS as readonly number[]).includes(speed) ? (speed as Speed) : 60,
    advance: Number.isFinite(advance) ? Math.min(Math.max(advance, 0), 48) : 0,
    lang: params.get('lang') === 'en' ? 'en' : 'zh-CN',
  };
}
