import type { CaseCommit, CommitOutcome } from '@wangge/core';
import type { Settled } from './commit-plan.js';

interface Waiting {
  readonly commit: CaseCommit;
  readonly resolve: (outcome: CommitOutcome) => void;
  readonly reject: (error: unknown) => void;
}

// The end of the current turn of the event loop: what else is arriving now joins the batch.
const endOfTurn = () =>
  new Promise<void>((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });

/**
 * Group commit: the commits that arrive within one turn of the event loop, and those that
 * arrive while batches are being written, are written together as the next batch, at most
 * `concurrency` batches at a time. Each caller gets its own commit's outcome or error.
 *
 * @internal
 */
export class GroupCommit {
  readonly #write: (commits: readonly CaseCommit[]) => Promise<Settled[]>;
  readonly #maxBatch: number;
  readonly #concurrency: number;
  readonly #queue: Waiting[] = [];
  readonly #idle: (() => void)[] = [];
  #active = 0;
  #scheduled = false;

  constructor(
    write: (commits: readonly CaseCommit[]) => Promise<Settled[]>,
    maxBatch: number,
    concurrency: number,
  ) {
    this.#write = write;
    this.#maxBatch = maxBatch;
    this.#concurrency = concurrency;
  }

  commit(commit: CaseCommit): Promise<CommitOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ commit, resolve, reject });
      if (this.#scheduled || this.#active >= this.#concurrency) return;
      this.#scheduled = true;
      void endOfTurn().then(() => {
        this.#scheduled = false;
        this.#start();
      });
    });
  }

  /** Resolves once every commit queued so far is written (or has failed). */
  flush(): Promise<void> {
    if (this.#active === 0 && this.#queue.length === 0 && !this.#scheduled) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #start(): void {
    while (this.#active < this.#concurrency && this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.#maxBatch);
      this.#active += 1;
      void this.#run(batch).finally(() => {
        this.#active -= 1;
        // What queued up meanwhile goes at once: it has waited for a batch already.
        this.#start();
        if (this.#active === 0 && this.#queue.length === 0 && !this.#scheduled) {
          for (const resolve of this.#idle.splice(0)) resolve();
        }
      });
    }
  }

  async #run(batch: readonly Waiting[]): Promise<void> {
    try {
      const settled = await this.#write(batch.map((waiting) => waiting.commit));
      for (const [index, waiting] of batch.entries()) {
        const result = settled[index];
        if (result?.outcome) waiting.resolve(result.outcome);
        else waiting.reject(result?.error ?? new Error('group commit: no outcome'));
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
