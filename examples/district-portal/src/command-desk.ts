// The command centre's desk: the one place where the page changes cases. Widgets and the
// simulation ask it for commands; it runs them through the case engine (which authorises them
// and asks the case machine), and keeps what the projections read: the event log for the KPIs
// and the case activity for `decide`'s repeated-place rule.
import {
  CaseActivity,
  InMemoryCaseStore,
  createCaseEngine,
  type CaseCommandResult,
  type CaseEngine,
  type CaseEvent,
  type CaseRecord,
  type CompiledRules,
  type LoadedDistrict,
  type Location,
  type TickResult,
} from '@wangge/core';

/** A command without the fields the desk fills in (id, version). */
export type DeskCommand = { readonly type: string } & Record<string, unknown>;

export class CommandDesk {
  readonly engine: CaseEngine;
  readonly store = new InMemoryCaseStore();
  readonly activity = new CaseActivity();
  /** Every event recorded, in the order recorded: what `computeKpis` folds. */
  readonly events: CaseEvent[] = [];
  /** Where each case is (summaries, which the list shows, leave it out). */
  readonly locations = new Map<string, Location>();
  /** Commands refused, by error code: the simulation only tries what should be allowed. */
  readonly refused = new Map<string, number>();
  #now: number;
  #commands = 0;
  #cases = 0;
  readonly #versions = new Map<string, number>();
  readonly #listeners = new Set<() => void>();

  constructor(district: LoadedDistrict, rules: CompiledRules, start: number) {
    this.#now = start;
    this.engine = createCaseEngine({
      district,
      store: this.store,
      clock: () => this.#now,
      policy: rules.policy,
    });
  }

  get now(): number {
    return this.#now;
  }

  /** Moves the desk's clock (never backwards: the log's times only grow). */
  setNow(now: number): void {
    this.#now = Math.max(this.#now, now);
  }

  /** A fresh case id, e.g. `c-20261126-0042`. */
  nextCaseId(): string {
    this.#cases += 1;
    const day = new Date(this.#now + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
    return `c-${day}-${String(this.#cases).padStart(4, '0')}`;
  }

  /** Runs a command on a case at its current version. */
  async run(actorId: string, caseId: string, command: DeskCommand): Promise<CaseCommandResult> {
    this.#commands += 1;
    const result = await this.engine.execute({
      ...command,
      commandId: `cmd-${String(this.#commands)}`,
      caseId,
      expectedVersion: this.#versions.get(caseId) ?? 0,
      actorId,
    });
    if (result.success) {
      this.#record(result.data.record, result.data.events);
    } else {
      this.refused.set(result.error.code, (this.refused.get(result.error.code) ?? 0) + 1);
    }
    return result;
  }

  /** The deadline sweep: escalates what is overdue, and records what it did. */
  async tick(): Promise<TickResult> {
    const result = await this.engine.tick(this.#now);
    const touched = new Set([
      ...result.escalated.map((e) => e.caseId),
      ...result.flagged,
      ...result.resumed,
    ]);
    for (const caseId of touched) await this.#catchUp(caseId);
    if (touched.size > 0) this.#changed();
    return result;
  }

  /** The current record of a case. */
  load(caseId: string): Promise<CaseRecord | undefined> {
    return this.store.load(caseId);
  }

  /** Calls `listener` after each batch of changes (see `notify`). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells the projections that cases changed. */
  notify(): void {
    this.#changed();
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }

  async #catchUp(caseId: string): Promise<void> {
    const from = (this.#versions.get(caseId) ?? 0) + 1;
    const events = await this.store.readLog(caseId, from);
    const record = await this.store.load(caseId);
    if (record) this.#record(record, events);
  }

  #record(record: CaseRecord, events: readonly CaseEvent[]): void {
    this.events.push(...events);
    this.#versions.set(record.id, record.version);
    this.activity.track(record);
    this.locations.set(record.id, record.location);
  }
}
