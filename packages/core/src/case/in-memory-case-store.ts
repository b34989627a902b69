import { WanggeError } from '../errors/wangge-error.js';
import { caseMessage } from '../i18n/case-messages.js';
import type { CaseEvent } from '../schema/case-event.js';
import type { CaseRecord } from '../schema/case-record.js';
import { GENESIS_HASH } from '../schema/event-hash.js';
import type {
  CaseCommit,
  CaseListPage,
  CaseListQuery,
  CaseStore,
  CommandReceipt,
  CommitOutcome,
} from './case-store.js';
import { isOverdue, needsSweep, summarizeCase, type CaseSummary } from './case-summary.js';
import { replayCase } from './replay-case.js';

/**
 * What an {@link InMemoryCaseStore} can be saved as and restored from: every event, and
 * optionally records (snapshots) that save the replay of their cases.
 *
 * @example
 * ```ts
 * import type { CaseStoreImage } from '@wangge/core';
 * const image: CaseStoreImage = { events: [], snapshots: [] };
 * ```
 */
export interface CaseStoreImage {
  /** Every event, each case's in version order (cases may interleave). */
  readonly events: Iterable<CaseEvent>;
  /** Records to use instead of replaying their logs, when they match the log's head. */
  readonly snapshots?: Iterable<CaseRecord>;
}

type KeyIndex = Map<string, Set<string>>;

const MAX_LIMIT = 1000;

function addKey(index: KeyIndex, key: string | undefined, id: string): void {
  if (key === undefined) return;
  const set = index.get(key);
  if (set) set.add(id);
  else index.set(key, new Set([id]));
}

function removeKey(index: KeyIndex, key: string | undefined, id: string): void {
  if (key === undefined) return;
  const set = index.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
}

// The units a case can be listed by: its territory and the unit it is assigned to.
function listedUnder(summary: CaseSummary, unitId: string): boolean {
  return (
    summary.gridId === unitId ||
    summary.microGridId === unitId ||
    summary.communityId === unitId ||
    summary.streetId === unitId ||
    summary.districtId === unitId ||
    summary.unitId === unitId
  );
}

// The units indexed for lists: the district is left out (a query for it is a scan of every
// case), and so is an assigned unit of the territory (already there).
function indexedUnits(summary: CaseSummary): readonly (string | undefined)[] {
  const inTerritory =
    summary.unitId === summary.gridId ||
    summary.unitId === summary.communityId ||
    summary.unitId === summary.streetId ||
    summary.unitId === summary.districtId;
  return [
    summary.gridId,
    summary.microGridId,
    summary.communityId,
    summary.streetId,
    inTerritory ? undefined : summary.unitId,
  ];
}

/**
 * The case store that keeps everything in memory: the logs (the truth), the records of open
 * cases (a cache; an archived case's record is dropped and replayed when asked for, so that a
 * closed case costs little beyond its log), summaries and indexes for the lists and the sweep.
 * Every method is atomic: a commit checks and writes in one synchronous step.
 *
 * @example
 * ```ts
 * import { InMemoryCaseStore } from '@wangge/core';
 * const store = new InMemoryCaseStore();
 * const image = store.export(); // { events, snapshots }
 * const again = InMemoryCaseStore.restore(image);
 * ```
 */
export class InMemoryCaseStore implements CaseStore {
  readonly #logs = new Map<string, CaseEvent[]>();
  readonly #records = new Map<string, CaseRecord>();
  readonly #summaries = new Map<string, CaseSummary>();
  /** commandId → caseId; the receipt itself is read off the log. */
  readonly #commands = new Map<string, string>();
  readonly #open = new Set<string>();
  readonly #byUnit: KeyIndex = new Map();
  readonly #byDepartment: KeyIndex = new Map();
  readonly #byWorker: KeyIndex = new Map();
  readonly #districts = new Set<string>();

  /**
   * A store holding a saved image, without replaying the cases whose snapshot matches the head
   * of their log (same version and hash); the others are replayed. The image is trusted as the
   * store's own: the versions and links of each log are checked, not every hash. Read an image
   * from elsewhere with `readCaseLog` first, which checks the hashes and upcasts old events.
   *
   * @throws {@link WanggeError} `broken_log` or `tampered_log` for a log whose versions or links
   * do not hold together; nothing is restored then.
   */
  static restore(image: CaseStoreImage): InMemoryCaseStore {
    const store = new InMemoryCaseStore();
    for (const event of image.events) {
      const log = store.#logs.get(event.caseId);
      const expected = (log?.length ?? 0) + 1;
      const prevHash = log?.at(-1)?.hash ?? GENESIS_HASH;
      if (event.version !== expected || event.prevHash !== prevHash) {
        throw new WanggeError(
          event.version !== expected ? 'broken_log' : 'tampered_log',
          caseMessage(event.version !== expected ? 'broken_log' : 'tampered_log', {
            caseId: event.caseId,
            version: event.version,
            expected,
          }),
        );
      }
      if (log) log.push(event);
      else store.#logs.set(event.caseId, [event]);
    }
    const snapshots = new Map<string, CaseRecord>();
    for (const record of image.snapshots ?? []) snapshots.set(record.id, record);
    for (const [caseId, log] of store.#logs) {
      const head = log.at(-1);
      const snapshot = snapshots.get(caseId);
      const record =
        snapshot !== undefined && snapshot.version === head?.version && snapshot.hash === head.hash
          ? snapshot
          : replayCase(log);
      if (!record) continue;
      for (const event of log) store.#commands.set(event.commandId, caseId);
      store.#index(undefined, record);
    }
    return store;
  }

  /** The number of cases. */
  get size(): number {
    return this.#logs.size;
  }

  /** Every case id, in the order the cases were first stored. */
  caseIds(): IterableIterator<string> {
    return this.#logs.keys();
  }

  load(caseId: string): Promise<CaseRecord | undefined> {
    return Promise.resolve(this.#recordOf(caseId));
  }

  readLog(caseId: string, fromVersion = 1): Promise<readonly CaseEvent[]> {
    const log = this.#logs.get(caseId) ?? [];
    return Promise.resolve(fromVersion <= 1 ? log.slice() : log.slice(fromVersion - 1));
  }

  findCommand(commandId: string): Promise<CommandReceipt | undefined> {
    return Promise.resolve(this.#receipt(commandId));
  }

  commit(commit: CaseCommit): Promise<CommitOutcome> {
    const receipt = this.#receipt(commit.events[0]?.commandId ?? '');
    if (receipt) return Promise.resolve({ status: 'duplicate', receipt });
    const log = this.#logs.get(commit.caseId);
    const actualVersion = log?.length ?? 0;
    if (actualVersion !== commit.expectedVersion) {
      return Promise.resolve({ status: 'conflict', actualVersion });
    }
    // The engine built the events on this very head; anything else is a bug, not a conflict.
    let prevHash = log?.at(-1)?.hash ?? GENESIS_HASH;
    for (const [index, event] of commit.events.entries()) {
      if (
        event.caseId !== commit.caseId ||
        event.version !== actualVersion + index + 1 ||
        event.prevHash !== prevHash
      ) {
        return Promise.reject(
          new WanggeError(
            'broken_log',
            caseMessage('broken_log', {
              caseId: commit.caseId,
              version: event.version,
              expected: actualVersion + index + 1,
            }),
          ),
        );
      }
      prevHash = event.hash;
    }
    if (log) log.push(...commit.events);
    else this.#logs.set(commit.caseId, [...commit.events]);
    for (const event of commit.events) this.#commands.set(event.commandId, commit.caseId);
    this.#index(this.#summaries.get(commit.caseId), commit.record, commit.summary);
    return Promise.resolve({ status: 'committed' });
  }

  list(query: CaseListQuery): Promise<CaseListPage> {
    const candidates = this.#candidates(query);
    const now = query.now ?? Number.NaN;
    const rows: CaseSummary[] = [];
    for (const id of candidates) {
      const row = this.#summaries.get(id);
      if (!row) continue;
      if (query.unitId !== undefined && !listedUnder(row, query.unitId)) continue;
      if (query.departmentId !== undefined && row.departmentId !== query.departmentId) continue;
      if (query.workerId !== undefined && row.workerId !== query.workerId) continue;
      if (query.status === 'open' && row.step === 'archived') continue;
      if (query.status === 'closed' && row.step !== 'archived') continue;
      if (query.steps && !query.steps.includes(row.step)) continue;
      if (query.levels && !query.levels.includes(row.level)) continue;
      if (query.overdue !== undefined && isOverdue(row, now) !== query.overdue) continue;
      rows.push(row);
    }
    const key = query.sort ?? 'dueAt';
    const sign = query.order === 'desc' ? -1 : 1;
    rows.sort((a, b) => {
      const x = key === 'dueAt' ? a.dueAtMs : Date.parse(a[key]);
      const y = key === 'dueAt' ? b.dueAtMs : Date.parse(b[key]);
      return x === y ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : sign * (x - y);
    });
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    const limit = Math.min(MAX_LIMIT, Math.max(0, Math.trunc(query.limit ?? 50)));
    return Promise.resolve({ items: rows.slice(offset, offset + limit), total: rows.length });
  }

  dueForSweep(nowMs: number, limit = Number.POSITIVE_INFINITY): Promise<readonly CaseSummary[]> {
    const rows: CaseSummary[] = [];
    for (const id of this.#open) {
      const row = this.#summaries.get(id);
      if (row && needsSweep(row, nowMs)) rows.push(row);
    }
    rows.sort((a, b) => a.dueAtMs - b.dueAtMs);
    return Promise.resolve(rows.length > limit ? rows.slice(0, limit) : rows);
  }

  /** Everything the store holds, to save and {@link InMemoryCaseStore.restore} later. */
  export(): { readonly events: CaseEvent[]; readonly snapshots: CaseRecord[] } {
    const events: CaseEvent[] = [];
    for (const log of this.#logs.values()) events.push(...log);
    return { events, snapshots: [...this.#records.values()] };
  }

  #recordOf(caseId: string): CaseRecord | undefined {
    const cached = this.#records.get(caseId);
    if (cached) return cached;
    const log = this.#logs.get(caseId);
    return log ? replayCase(log) : undefined;
  }

  #receipt(commandId: string): CommandReceipt | undefined {
    const caseId = this.#commands.get(commandId);
    if (caseId === undefined) return undefined;
    const log = this.#logs.get(caseId) ?? [];
    let first = 0;
    let last = 0;
    let digest = '';
    for (let i = log.length - 1; i >= 0; i--) {
      const event = log[i];
      if (event?.commandId !== commandId) {
        if (last !== 0) break;
        continue;
      }
      if (last === 0) last = event.version;
      first = event.version;
      digest = event.commandDigest;
    }
    return { commandId, caseId, commandDigest: digest, firstVersion: first, lastVersion: last };
  }

  #candidates(query: CaseListQuery): Iterable<string> {
    let best: Iterable<string> = this.#summaries.keys();
    let size = this.#summaries.size;
    const consider = (set: Set<string> | undefined) => {
      const found = set ?? new Set<string>();
      if (found.size < size) {
        best = found;
        size = found.size;
      }
    };
    if (query.unitId !== undefined && !this.#districts.has(query.unitId)) {
      consider(this.#byUnit.get(query.unitId));
    }
    if (query.departmentId !== undefined) consider(this.#byDepartment.get(query.departmentId));
    if (query.workerId !== undefined) consider(this.#byWorker.get(query.workerId));
    if (query.status === 'open') consider(this.#open);
    return best;
  }

  #index(old: CaseSummary | undefined, record: CaseRecord, summary = summarizeCase(record)): void {
    const id = record.id;
    // Most commands leave the case where it is: its index entries stay as they are.
    const moved =
      old?.unitId !== summary.unitId ||
      old.departmentId !== summary.departmentId ||
      old.workerId !== summary.workerId;
    if (moved) {
      if (old) {
        for (const unit of indexedUnits(old)) removeKey(this.#byUnit, unit, id);
        removeKey(this.#byDepartment, old.departmentId, id);
        removeKey(this.#byWorker, old.workerId, id);
      }
      for (const unit of indexedUnits(summary)) addKey(this.#byUnit, unit, id);
      addKey(this.#byDepartment, summary.departmentId, id);
      addKey(this.#byWorker, summary.workerId, id);
      this.#districts.add(summary.districtId);
    }
    this.#summaries.set(id, summary);
    if (record.step === 'archived') {
      this.#records.delete(id);
      this.#open.delete(id);
      // A closed case's log rarely grows again: keep it without spare capacity.
      const log = this.#logs.get(id);
      if (log) this.#logs.set(id, log.slice());
    } else {
      this.#records.set(id, record);
      this.#open.add(id);
    }
  }
}
