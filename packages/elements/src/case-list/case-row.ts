import {
  CASE_STEPS,
  isOverdue,
  type CaseStep,
  type CaseSummary,
  type LoadedDistrict,
  type Locale,
} from '@wangge/core';
import { html, nothing, type TemplateResult } from 'lit';
import {
  categoryName,
  departmentName,
  levelName,
  staffName,
  stepName,
  unitName,
} from '../shared/district-names.js';
import type { WanggeLocalize } from '../shared/localize.js';

/** What every row of one render shares. */
export interface RowContext {
  readonly localize: WanggeLocalize;
  readonly locale: Locale;
  readonly district: LoadedDistrict | undefined;
  readonly nowMs: number;
  readonly selected: string;
  readonly activeIndex: number;
  readonly total: number;
  readonly formatDue: (row: CaseSummary) => string;
}

const POSITION: Readonly<Record<CaseStep, number>> = Object.fromEntries(
  CASE_STEPS.map((step, i) => [step, i + 1]),
) as Record<CaseStep, number>;
const DOTS = CASE_STEPS.map((_, i) => i + 1);

/**
 * Who the case is with: its worker when assigned to one, else its department, else the unit
 * responsible at its level. Staff are public roles; residents never appear in a summary.
 */
export function assigneeName(
  district: LoadedDistrict | undefined,
  row: CaseSummary,
  locale: Locale,
): string {
  if (row.workerId !== undefined) return staffName(district, row.workerId);
  if (row.departmentId !== undefined) return departmentName(district, row.departmentId, locale);
  return unitName(district, row.unitId, locale);
}

/** One option of the list. Every value is bound as text or as an attribute, never as markup. */
export function renderCaseRow(row: CaseSummary, index: number, ctx: RowContext): TemplateResult {
  const { localize: t, locale, district } = ctx;
  const overdue = isOverdue(row, ctx.nowMs);
  const position = POSITION[row.step];
  const selected = row.id === ctx.selected;
  return html`<div
    role="option"
    part=${`row${selected ? ' row-selected' : ''}${overdue ? ' row-overdue' : ''}`}
    class=${overdue ? 'row overdue' : 'row'}
    tabindex=${index === ctx.activeIndex ? '0' : '-1'}
    aria-selected=${selected ? 'true' : 'false'}
    aria-posinset=${index + 1}
    aria-setsize=${ctx.total}
    data-index=${index}
  >
    <span part="category" class="category"
      >${categoryName(district, row.categoryCode, locale)}</span
    >
    <span part="due" class="due"
      ><span class="label">${t.term('caseList.due')}</span
      ><time datetime=${row.dueAt}>${ctx.formatDue(row)}</time></span
    >
    <span part="place" class="place"
      >${t.term(
        'caseList.place',
        unitName(district, row.communityId, locale),
        unitName(district, row.gridId, locale),
      )}</span
    >
    <span part="step" class="step"
      ><span class="dots" aria-hidden="true"
        >${DOTS.map((n) => html`<span class=${n <= position ? 'dot done' : 'dot'}></span>`)}</span
      >${t.term('caseList.stepOf', stepName(row.step, locale), position, CASE_STEPS.length)}</span
    >
    <span part="assignee" class="assignee"
      ><span class="label">${t.term('caseList.assignee')}</span>${assigneeName(
        district,
        row,
        locale,
      )}</span
    >
    <span class="badges">
      <span part=${`badge level level-${row.level}`} class=${`badge level ${row.level}`}
        >${levelName(row.level, locale)}</span
      >
      ${
        row.priority === 'normal'
          ? nothing
          : html`<span part="badge priority" class="badge priority"
              >${t.term(row.priority === 'alarm' ? 'caseList.alarm' : 'caseList.urgent')}</span
            >`
      }
      ${
        overdue
          ? html`<span part="badge overdue" class="badge overdue-badge"
              >${t.term('caseList.overdue')}</span
            >`
          : nothing
      }
      ${
        row.suspended
          ? html`<span part="badge suspended" class="badge suspended"
              >${t.term('caseList.suspended')}</span
            >`
          : nothing
      }
    </span>
  </div>`;
}
