/** Something the simulation will do at a simulated instant. */
export interface Scheduled<T> {
  readonly at: number;
  readonly seq: number;
  readonly item: T;
}

const before = <T>(a: Scheduled<T>, b: Scheduled<T>) =>
  a.at < b.at || (a.at === b.at && a.seq < b.seq);

/**
 * The simulation's agenda, by time, then by insertion: two things due at the same instant
 * happen in the order they were scheduled, so that a run depends on the seed alone, not on how
 * the clock sliced time. Kept sorted latest first, so that taking the next is a `pop`; a day
 * holds a few hundred items, for which a binary-search insertion is plenty.
 */
export class EventQueue<T> {
  readonly #items: Scheduled<T>[] = [];
  #seq = 0;

  get size(): number {
    return this.#items.length;
  }

  push(at: number, item: T): void {
    const entry = { at, seq: this.#seq++, item };
    const items = this.#items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = items[mid];
      if (other && before(entry, other)) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, entry);
  }

  /** The next item, if it is due at or before `until`. */
  popUntil(until: number): Scheduled<T> | undefined {
    const next = this.#items.at(-1);
    if (!next || next.at > until) return undefined;
    return this.#items.pop();
  }
}
