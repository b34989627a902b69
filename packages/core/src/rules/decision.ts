import type { LocalizedText } from '../i18n/localized-text.js';
import type { BilingualName } from '../schema/bilingual-name.js';
import type { CasePriority } from '../schema/case-priority.js';
import type { CaseReporter } from '../schema/case-reporter.js';
import type { Deadline } from '../schema/category.js';
import type { Location } from '../schema/geo-point.js';
import type { HandlingLevel } from '../schema/handling-level.js';

/**
 * What `decide` decides about: a new report, or a case already in the system (a `CaseRecord`
 * fits) whose current `level` is kept as the lowest it may be placed at.
 *
 * @example
 * ```ts
 * import type { DecisionInput } from '@wangge/core';
 * const input: DecisionInput = { categoryCode: 'ZZ-02', gridId: 'ljy-c1-g1', priority: 'normal' };
 * ```
 */
export interface DecisionInput {
  readonly categoryCode: string;
  readonly gridId: string;
  readonly microGridId?: string | undefined;
  /** Where it is: needed by repeated-report rules. */
  readonly location?: Location | undefined;
  readonly priority?: CasePriority | undefined;
  /** Who reported it: for continuity with the reporter. */
  readonly reporter?: CaseReporter | undefined;
  /** The level the case is at already (after an escalation). */
  readonly level?: HandlingLevel | undefined;
  /** The case's id, when it has one: it is not counted among its own repeats. */
  readonly id?: string | undefined;
}

/**
 * Why a routing rule did or did not apply: it applied; or it came after a `final` rule that
 * applied; or one of its conditions did not hold (`because`), with what was found (`actual`).
 *
 * @example
 * ```ts
 * import type { RuleOutcome } from '@wangge/core';
 * const why = (o: RuleOutcome) => (o.applied ? 'applied' : o.because);
 * ```
 */
export type RuleOutcome =
  | { readonly applied: true }
  | { readonly applied: false; readonly because: 'after-final'; readonly finalRule: string }
  | {
      readonly applied: false;
      readonly because: 'categories' | 'grid-kind' | 'priority' | 'time' | 'repeated';
      /** What the case has: its grid kind, priority, time of day (`working-hours`, …) or the
       * number of reports there. */
      readonly actual: string | number;
    };

/**
 * One routing rule in a decision's explanation, in the rule set's order, with what it changed
 * when it applied (`level`, `unit`, `department`, `workers`).
 *
 * @example
 * ```ts
 * import type { RuleTrace } from '@wangge/core';
 * const applied = (rules: readonly RuleTrace[]) => rules.filter((r) => r.outcome.applied).map((r) => r.id);
 * ```
 */
export interface RuleTrace {
  readonly id: string;
  readonly name: BilingualName;
  readonly final: boolean;
  readonly outcome: RuleOutcome;
  readonly changed: readonly ('level' | 'unit' | 'department' | 'workers')[];
}

/**
 * How the worker was chosen: where they were looked for, who was on duty there, who was chosen
 * and by which criterion (`continuity`, `skills`, `least-open`; `only` when one was on duty,
 * `person-id` when all else was equal), or which fallback applied when nobody was on duty.
 *
 * @example
 * ```ts
 * import type { WorkerTrace } from '@wangge/core';
 * const nobody = (w: WorkerTrace) => w.onDuty.length === 0;
 * ```
 */
export interface WorkerTrace {
  readonly scope: 'grid' | 'community' | 'none';
  /** The ids of the people on duty where they were looked for. */
  readonly onDuty: readonly string[];
  readonly chosen?: string;
  readonly by?: 'continuity' | 'skills' | 'least-open' | 'only' | 'person-id';
  /** The chosen worker's open cases and matching skills. */
  readonly openCases?: number;
  readonly skills?: number;
  readonly fallback?: 'grid-chief' | 'community' | 'unit';
}

/**
 * An assignment with its explanation: the level, the responsible unit, the department, the
 * worker and the due time, and why, as structured data (`startLevel`, `rules`, `worker`) and as
 * a sentence in zh-CN and en (`explanation`).
 *
 * @example
 * ```ts
 * import type { Decision } from '@wangge/core';
 * const line = (d: Decision) => `${d.level} ${d.unitId} ${d.workerId ?? '-'} ${d.dueAt}`;
 * ```
 */
export interface Decision {
  readonly level: HandlingLevel;
  readonly unitId: string;
  /** The department that answers for the category (or the one a rule named). */
  readonly departmentId: string;
  /**
   * The fields of the `assign` command that carries the decision out: the unit, the worker, and
   * the department when it is handed to one (at the street or district level, or by a rule).
   */
  readonly assign: {
    readonly unitId: string;
    readonly departmentId?: string;
    readonly workerId?: string;
  };
  readonly workerId?: string;
  readonly deadline: Deadline;
  readonly dueAt: string;
  readonly dueAtMs: number;
  /** The category's start level under the rule set (the four-level motto). */
  readonly startLevel: HandlingLevel;
  readonly rules: readonly RuleTrace[];
  readonly worker: WorkerTrace;
  readonly explanation: LocalizedText;
}
