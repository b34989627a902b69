// The flow of one report (ARCHITECTURE.md): locate it in its grid, decide who handles it at
// which level and by when, then `report`, `file` and `assign` it through the engine. The same
// flow serves the report form and the simulation, so that simulated cases are routed as real
// ones would be.
import {
  decide,
  type CaseReporter,
  type CompiledRules,
  type Decision,
  type DutyRoster,
  type GridIndex,
  type HandlingLevel,
  type LoadedDistrict,
  type Location,
} from '@wangge/core';
import type { CaseStaff } from './case-staff.js';
import type { CommandDesk } from './command-desk.js';

/** What a report says, as the form's `wg-report` event gives it. */
export interface ReportInput {
  readonly categoryCode: string;
  readonly gridId: string;
  readonly microGridId?: string | undefined;
  readonly location?: Location | undefined;
  readonly description: string;
  readonly reporter: CaseReporter;
  readonly priority?: 'normal' | 'urgent' | 'alarm' | undefined;
  readonly mediaUrls?: readonly string[] | undefined;
  readonly level?: HandlingLevel | undefined;
}

/** Everything the flow needs, built once per page. */
export interface ReportContext {
  readonly district: LoadedDistrict;
  readonly rules: CompiledRules;
  readonly roster: DutyRoster;
  readonly index: GridIndex;
  readonly staff: CaseStaff;
  readonly desk: CommandDesk;
}

export type ReportOutcome =
  | { readonly ok: true; readonly caseId: string; readonly decision: Decision }
  | { readonly ok: false; readonly message: { readonly 'zh-CN': string; readonly en: string } };

const LEVELS: readonly HandlingLevel[] = ['grid', 'community', 'street', 'district'];

/**
 * Reports a case as `actorId` (the grid worker on patrol, or the command centre's operator
 * taking a call) and carries the decision out.
 */
export async function fileReport(
  context: ReportContext,
  actorId: string,
  input: ReportInput,
): Promise<ReportOutcome> {
  const { district, rules, roster, index, staff, desk } = context;
  // The point wins over what was chosen in the tree: a problem lies in exactly one grid.
  let { gridId, microGridId } = input;
  if (input.location) {
    const found = index.locate(input.location);
    if (found.status === 'inside' && found.gridId) {
      gridId = found.gridId;
      microGridId = found.microGridId;
    }
  }
  const decided = decide(
    {
      categoryCode: input.categoryCode,
      gridId,
      microGridId,
      location: input.location,
      priority: input.priority,
      reporter: input.reporter,
      level: input.level,
    },
    district,
    rules,
    roster,
    desk.now,
    desk.activity,
  );
  if (!decided.success) {
    const { error } = decided;
    return { ok: false, message: { 'zh-CN': error.messageIn('zh-CN'), en: error.messageIn('en') } };
  }
  const decision = decided.data;
  const caseId = desk.nextCaseId();
  const reported = await desk.run(actorId, caseId, {
    type: 'report',
    categoryCode: input.categoryCode,
    gridId,
    ...(microGridId ? { microGridId } : {}),
    ...(input.location ? { location: input.location } : {}),
    description: input.description,
    reporter: input.reporter,
    priority: input.priority ?? 'normal',
    ...(input.mediaUrls?.length ? { mediaUrls: input.mediaUrls } : {}),
    // Start where the rules say (a rule may lift a case above its category's start).
    ...(LEVELS.indexOf(decision.level) > LEVELS.indexOf(decision.startLevel)
      ? { level: decision.level }
      : {}),
  });
  if (!reported.success) return refused(reported.error);
  const people = staff.at(reported.data.record);
  if (!people) return { ok: true, caseId, decision };
  const filed = await desk.run(people.supervisor, caseId, { type: 'file' });
  if (!filed.success) return refused(filed.error);
  const assigned = await desk.run(people.supervisor, caseId, {
    type: 'assign',
    ...decision.assign,
  });
  if (!assigned.success) return refused(assigned.error);
  return { ok: true, caseId, decision };
}

function refused(error: { messageIn(locale: 'zh-CN' | 'en'): string }): ReportOutcome {
  return { ok: false, message: { 'zh-CN': error.messageIn('zh-CN'), en: error.messageIn('en') } };
}
