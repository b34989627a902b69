import { HANDLING_LEVELS } from '../schema/handling-level.js';
import type { KpiScope } from '../schema/kpi-query.js';
import {
  Kind,
  STEP_ARCHIVED,
  assignedSince,
  STEP_INVESTIGATING,
  type CaseTimeline,
  type TimelineColumns,
} from './kpi-facts.js';
import { durationStats } from './duration-stats.js';
import type { KpiRatio, KpiReport, KpiStep } from './kpi-report.js';

const STEPS: readonly KpiStep[] = ['reported', 'filed', 'assigned', 'investigating', 'resolved'];

/** The running counts of one report: what {@link tallyCase} adds each case's part to. */
export interface KpiTally {
  reported: number;
  filed: number;
  rejected: number;
  closuresDue: number;
  closed: number;
  closedOnTime: number;
  reworked: number;
  extended: number;
  suspensionsRequested: number;
  suspensionsApproved: number;
  suspensionsDeclined: number;
  resumed: number;
  suspendedAtEnd: number;
  escalationsByDeadline: number;
  escalationsByRequest: number;
  open: number;
  overdueNow: number;
  /** Durations of the stays that ended in the window, by step number (0–4). */
  readonly stepStays: number[][];
  /** Durations of the stays that ended in the window, by level number (0–3). */
  readonly levelStays: number[][];
  /** Closures in the window by the level the case was resolved at. */
  readonly resolvedAt: number[];
}

/** An empty tally. */
export function newTally(): KpiTally {
  return {
    reported: 0,
    filed: 0,
    rejected: 0,
    closuresDue: 0,
    closed: 0,
    closedOnTime: 0,
    reworked: 0,
    extended: 0,
    suspensionsRequested: 0,
    suspensionsApproved: 0,
    suspensionsDeclined: 0,
    resumed: 0,
    suspendedAtEnd: 0,
    escalationsByDeadline: 0,
    escalationsByRequest: 0,
    open: 0,
    overdueNow: 0,
    stepStays: STEPS.map(() => []),
    levelStays: HANDLING_LEVELS.map(() => []),
    resolvedAt: HANDLING_LEVELS.map(() => 0),
  };
}

/** Whether a case belongs to a unit as of the window's end (see `KpiScope`). */
export function inScope(t: CaseTimeline, scope: KpiScope | undefined, to: number): boolean {
  if (scope === undefined) return true;
  switch (scope.kind) {
    case 'district':
      return t.districtId === scope.id;
    case 'street':
      return t.streetId === scope.id;
    case 'community':
      return t.communityId === scope.id;
    case 'grid':
      return t.gridId === scope.id;
    case 'micro-grid':
      return t.microGridId === scope.id;
    case 'department':
      return assignedSince(t.departments, scope.id) < to;
    case 'worker':
      return assignedSince(t.workers, scope.id) < to;
  }
}

const handling = (step: number) => step <= STEP_INVESTIGATING;

/**
 * Adds one case's part of the window `[from, to)` to a tally, reading its timeline once. Events
 * at or after `to` are not read: the report is what was known at the window's end.
 */
export function tallyCase(
  t: CaseTimeline,
  columns: TimelineColumns,
  from: number,
  to: number,
  tally: KpiTally,
): void {
  const { kinds, ats, steps, levels, dues, suspended, next } = columns;
  const { reportedAt, first } = t;
  // Reported after the window, or closed for good before it: nothing to count.
  if (reportedAt >= to || (t.lastAt < from && t.step === STEP_ARCHIVED)) return;
  if (reportedAt >= from) tally.reported++;
  // Since the case was reported or last reopened (a cycle): whether it missed a deadline, went
  // through rework, had its deadline extended; and its latest resolution (when, the due time in
  // force then, the level, whether the clock was stopped).
  let missed = false;
  let reworkedCycle = false;
  let extendedCycle = false;
  let resolvedAt = Number.NaN;
  let resolvedDue = Number.NaN;
  let resolvedLevel = 0;
  let resolvedStopped = false;
  let closed = false;
  let closedOnTime = false;
  let closedReworked = false;
  let closedExtended = false;
  let closedLevel = 0;
  let filed = false;
  let rejected = false;
  let dueFell = false;
  let stepStart = reportedAt;
  let levelStart = reportedAt;
  // When the due time in force came to apply: set, changed, or back in a handling step with the
  // clock running. A due time "falls" at the later of the two.
  let dueSince = reportedAt;
  // The state after the previous event.
  let step = steps[first] ?? 0;
  let level = levels[first] ?? 0;
  let due = dues[first] ?? 0;
  let stopped = suspended[first] === 1;
  for (let i = next[first] ?? -1; i !== -1; i = next[i] ?? -1) {
    const at = ats[i] ?? Number.POSITIVE_INFINITY;
    if (at >= to) break;
    if (!dueFell && handling(step) && !stopped) {
      const fall = Math.max(due, dueSince);
      if (fall <= at && fall >= from) dueFell = true;
    }
    const inWindow = at >= from;
    const nextStep = steps[i] ?? step;
    const nextLevel = levels[i] ?? level;
    const nextDue = dues[i] ?? due;
    const nextStopped = suspended[i] === 1;
    if (nextStep !== step) {
      if (step < STEP_ARCHIVED && inWindow) stays(tally.stepStays, step, at - stepStart);
      stepStart = at;
    }
    if (step !== STEP_ARCHIVED && (nextLevel !== level || nextStep === STEP_ARCHIVED)) {
      if (inWindow) stays(tally.levelStays, level, at - levelStart);
      levelStart = at;
    }
    if (nextDue !== due || (stopped && !nextStopped) || (!handling(step) && handling(nextStep))) {
      dueSince = at;
    }
    step = nextStep;
    level = nextLevel;
    due = nextDue;
    stopped = nextStopped;
    switch (kinds[i]) {
      case Kind.Filed:
        if (inWindow) filed = true;
        break;
      case Kind.Rejected:
        if (inWindow) rejected = true;
        break;
      case Kind.Resolved:
        resolvedAt = at;
        resolvedDue = due;
        resolvedLevel = level;
        resolvedStopped = stopped;
        break;
      case Kind.ReworkOrdered:
        reworkedCycle = true;
        break;
      case Kind.Extended:
        extendedCycle = true;
        break;
      case Kind.EscalatedByDeadline:
        missed = true;
        if (inWindow) tally.escalationsByDeadline++;
        break;
      case Kind.EscalatedByRequest:
        if (inWindow) tally.escalationsByRequest++;
        break;
      case Kind.DeadlineMissed:
        missed = true;
        break;
      case Kind.SuspensionRequested:
        if (inWindow) tally.suspensionsRequested++;
        break;
      case Kind.SuspensionDeclined:
        if (inWindow) tally.suspensionsDeclined++;
        break;
      case Kind.Suspended:
        if (inWindow) tally.suspensionsApproved++;
        break;
      case Kind.Resumed:
        if (inWindow) tally.resumed++;
        break;
      case Kind.Archived:
        if (inWindow) {
          closed = true;
          closedLevel = Number.isNaN(resolvedAt) ? level : resolvedLevel;
          // On time: resolved by the due time in force then (or with the clock stopped), and no
          // deadline missed since the case was reported or reopened.
          closedOnTime = !missed && (resolvedStopped || resolvedAt <= resolvedDue);
          closedReworked = reworkedCycle;
          closedExtended = extendedCycle;
        }
        break;
      case Kind.Reopened:
        missed = false;
        reworkedCycle = false;
        extendedCycle = false;
        resolvedAt = Number.NaN;
        resolvedStopped = false;
        levelStart = at;
        break;
      default:
        break;
    }
  }
  // The state at the window's end, from the last event before it.
  const open = step !== STEP_ARCHIVED;
  if (!dueFell && handling(step) && !stopped) {
    const fall = Math.max(due, dueSince);
    if (fall < to && fall >= from) dueFell = true;
  }
  if (open) {
    tally.open++;
    if (stopped) tally.suspendedAtEnd++;
    else if (handling(step) && due <= to) tally.overdueNow++;
  }
  if (filed) tally.filed++;
  if (rejected) tally.rejected++;
  if (closed) {
    tally.closed++;
    if (closedOnTime) tally.closedOnTime++;
    if (closedReworked) tally.reworked++;
    tally.resolvedAt[closedLevel] = (tally.resolvedAt[closedLevel] ?? 0) + 1;
  }
  if (closed || (dueFell && !(open && stopped))) {
    tally.closuresDue++;
    if (closed ? closedExtended : extendedCycle) tally.extended++;
  }
}

/** Records a stay (clock steps backwards count as no time). */
function stays(lists: readonly number[][], index: number, ms: number): void {
  lists[index]?.push(Math.max(0, ms));
}

/** `numerator ÷ denominator`, `null` when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): KpiRatio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** The report of a tally. */
export function reportOf(
  tally: KpiTally,
  from: string,
  to: string,
  scope: KpiScope | undefined,
): KpiReport {
  const atLevel = (level: number) => ratio(tally.resolvedAt[level] ?? 0, tally.closed);
  const level = (index: number) => durationStats(tally.levelStays[index] ?? []);
  const step = (index: number) => durationStats(tally.stepStays[index] ?? []);
  return {
    from,
    to,
    scope: scope ?? null,
    reported: tally.reported,
    filed: tally.filed,
    rejected: tally.rejected,
    closuresDue: tally.closuresDue,
    closed: tally.closed,
    closedOnTime: tally.closedOnTime,
    reworked: tally.reworked,
    extended: tally.extended,
    closureRate: ratio(tally.closed, tally.closuresDue),
    onTimeRate: ratio(tally.closedOnTime, tally.closuresDue),
    reworkRate: ratio(tally.reworked, tally.closed),
    extensionRate: ratio(tally.extended, tally.closuresDue),
    suspensions: {
      requested: tally.suspensionsRequested,
      approved: tally.suspensionsApproved,
      declined: tally.suspensionsDeclined,
      resumed: tally.resumed,
      inForce: tally.suspendedAtEnd,
    },
    escalations: {
      byDeadline: tally.escalationsByDeadline,
      byRequest: tally.escalationsByRequest,
    },
    open: tally.open,
    overdueNow: tally.overdueNow,
    timePerStep: {
      reported: step(0),
      filed: step(1),
      assigned: step(2),
      investigating: step(3),
      resolved: step(4),
    },
    timePerLevel: { grid: level(0), community: level(1), street: level(2), district: level(3) },
    resolvedAtLevel: {
      grid: atLevel(0),
      community: atLevel(1),
      street: atLevel(2),
      district: atLevel(3),
    },
  };
}
