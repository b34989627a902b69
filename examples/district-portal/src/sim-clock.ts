// The simulated clock of the command centre's day. It moves by the real time elapsed times the
// speed, and hands each new instant to `advance` (the simulation), one call at a time: when the
// engine is slower than the clock, instants are merged rather than queued up.
import type { Speed } from './url-options.js';

/** How often the clock moves, in real milliseconds. */
const STEP_MS = 200;

export class SimClock {
  #now: number;
  #speed: Speed;
  #last = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #busy = false;
  readonly #advance: (now: number) => Promise<void>;
  readonly #onTime: (now: number) => void;

  constructor(
    start: number,
    speed: Speed,
    advance: (now: number) => Promise<void>,
    onTime: (now: number) => void,
  ) {
    this.#now = start;
    this.#speed = speed;
    this.#advance = advance;
    this.#onTime = onTime;
  }

  get now(): number {
    return this.#now;
  }

  get speed(): Speed {
    return this.#speed;
  }

  setSpeed(speed: Speed): void {
    this.#speed = speed;
    this.#last = performance.now();
  }

  start(): void {
    this.#last = performance.now();
    this.#timer ??= setInterval(() => void this.#step(), STEP_MS);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #step(): Promise<void> {
    if (this.#busy) return;
    const real = performance.now();
    const elapsed = real - this.#last;
    this.#last = real;
    if (this.#speed === 0) return;
    this.#now += Math.round(elapsed * this.#speed);
    this.#busy = true;
    try {
      await this.#advance(this.#now);
    } finally {
      this.#busy = false;
    }
    this.#onTime(this.#now);
  }
}
