import {
  InMemoryCaseStore,
  createCaseEngine,
  type CaseCommandResult,
  type CaseEngine,
  type CaseEngineOptions,
  type CaseRecord,
  type HandlingLevel,
  type Location,
} from '../../src/index.js';
import { caseDistrict } from '../fixtures/case-district.js';

/** Thursday 26 November 2026, 09:30 in Beijing: a working day. */
export const T0 = Date.parse('2026-11-26T09:30:00+08:00');
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const LOCATION: Location = {
  point: { type: 'Point', coordinates: [112.5636, 37.8618] },
  coordinateSystem: 'GCJ02',
};

/**
 * Who does what at each level of a case: the handler (`H`), the supervisor who files, assigns
 * and archives (`S`), the verifier, never the handler (`V`), and the approver of requests, a
 * level up (`A`).
 */
export type Staff = Readonly<
  Record<'H' | 'S' | 'V' | 'A', Readonly<Record<HandlingLevel, string>>>
>;

/** The staff of the cases in `ljy-c1-g1`. */
export const STAFF: Staff = {
  H: { grid: 'p-1', community: 'p-5', street: 'p-6', district: 'p-7' },
  S: { grid: 'p-3', community: 'p-5', street: 'p-6', district: 'p-7' },
  V: { grid: 'p-3', community: 'p-6', street: 'p-7', district: 'p-11' },
  A: { grid: 'p-5', community: 'p-6', street: 'p-7', district: 'p-11' },
};

/** Three grids of the case district, in two streets, each with its staff. */
export const GRIDS: readonly { readonly gridId: string; readonly staff: Staff }[] = [
  { gridId: 'ljy-c1-g1', staff: STAFF },
  {
    gridId: 'ljy-c2-g1',
    staff: {
      H: { grid: 'p-10', community: 'p-12', street: 'p-6', district: 'p-7' },
      S: { grid: 'p-17', community: 'p-12', street: 'p-6', district: 'p-7' },
      V: { grid: 'p-17', community: 'p-6', street: 'p-7', district: 'p-11' },
      A: { grid: 'p-12', community: 'p-6', street: 'p-7', district: 'p-11' },
    },
  },
  {
    gridId: 'hz-v1-g1',
    staff: {
      H: { grid: 'p-15', community: 'p-14', street: 'p-13', district: 'p-7' },
      S: { grid: 'p-17', community: 'p-14', street: 'p-13', district: 'p-7' },
      V: { grid: 'p-17', community: 'p-13', street: 'p-7', district: 'p-11' },
      A: { grid: 'p-14', community: 'p-13', street: 'p-7', district: 'p-11' },
    },
  },
];

export interface Harness {
  readonly engine: CaseEngine;
  /** The engine's store. */
  readonly store: InMemoryCaseStore;
  now: number;
  /** Runs a command on a case at its current version, with a fresh command id. */
  run(
    actorId: string,
    caseId: string,
    command: Record<string, unknown>,
  ): Promise<CaseCommandResult>;
  /** Like `run`, and fails the test when the command is refused. */
  ok(actorId: string, caseId: string, command: Record<string, unknown>): Promise<CaseRecord>;
  /** Reports a case in `ljy-c1-g1` as its grid worker. */
  report(caseId: string, more?: Record<string, unknown>): Promise<CaseRecord>;
}

export function harness(options: Partial<CaseEngineOptions> = {}): Harness {
  let counter = 0;
  const store = new InMemoryCaseStore();
  const h: Harness = {
    engine: createCaseEngine({
      district: caseDistrict(),
      store,
      clock: () => h.now,
      alarm: { categoryCode: 'CG-01' },
      ...options,
    }),
    store,
    now: T0,
    async run(actorId, caseId, command) {
      const record = await h.engine.store.load(caseId);
      return h.engine.execute({
        commandId: `cmd-${String(++counter)}`,
        caseId,
        expectedVersion: record?.version ?? 0,
        actorId,
        ...command,
      });
    },
    async ok(actorId, caseId, command) {
      const result = await h.run(actorId, caseId, command);
      if (!result.success) {
        throw new Error(`${String(command.type)} by ${actorId}: ${result.error.message}`);
      }
      return result.data.record;
    },
    report(caseId, more = {}) {
      return h.ok('p-1', caseId, {
        type: 'report',
        categoryCode: 'ZZ-01',
        gridId: 'ljy-c1-g1',
        description: '楼道堆放杂物，堵塞消防通道',
        location: LOCATION,
        reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
        ...more,
      });
    },
  };
  return h;
}
