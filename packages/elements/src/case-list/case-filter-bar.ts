import { CASE_STEPS, HANDLING_LEVELS, type LoadedDistrict, type Locale } from '@wangge/core';
import { html, nothing, type TemplateResult } from 'lit';
import { departmentName, levelName, stepName, unitName } from '../shared/district-names.js';
import type { WanggeLocalize } from '../shared/localize.js';
import { CASE_LIST_SORTS } from './case-filter.js';

const SORT_TERMS = {
  'due-asc': 'caseList.sortDueAsc',
  'due-desc': 'caseList.sortDueDesc',
  updated: 'caseList.sortUpdated',
} as const;

/** What the filter bar shows, and where its changes go (listeners run with the element as `this`). */
export interface FilterBar {
  readonly localize: WanggeLocalize;
  readonly locale: Locale;
  readonly district: LoadedDistrict | undefined;
  readonly status: string;
  readonly level: string;
  readonly step: string;
  readonly sort: string;
  readonly overdue: boolean;
  readonly grid: string;
  readonly unit: string;
  readonly onChange: (event: Event) => void;
  readonly onClearGrid: () => void;
  readonly onClearUnit: () => void;
}

/**
 * The list's filter bar: status, level, step, sort and overdue controls, and the `grid` and
 * `unit` filters as chips that remove them.
 */
export function renderFilterBar(bar: FilterBar): TemplateResult {
  const { localize: t, locale, district } = bar;
  const option = (value: string, label: string, current: string) =>
    html`<option value=${value} ?selected=${value === current}>${label}</option>`;
  const gridText = bar.grid
    ? t.term('caseList.gridFilter', unitName(district, bar.grid, locale))
    : '';
  const unitText = bar.unit
    ? t.term(
        'caseList.unitFilter',
        district?.departments.has(bar.unit)
          ? departmentName(district, bar.unit, locale)
          : unitName(district, bar.unit, locale),
      )
    : '';
  return html`<div
    part="filters"
    class="filters"
    role="group"
    aria-label=${t.term('caseList.filters')}
    @change=${bar.onChange}
  >
    <label class="field"
      ><span>${t.term('caseList.status')}</span>
      <select part="filter" name="status">
        ${option('', t.term('caseList.statusAll'), bar.status)}
        ${option('open', t.term('caseList.statusOpen'), bar.status)}
        ${option('closed', t.term('caseList.statusClosed'), bar.status)}
      </select></label
    >
    <label class="field"
      ><span>${t.term('caseList.level')}</span>
      <select part="filter" name="level">
        ${option('', t.term('caseList.levelAll'), bar.level)}
        ${HANDLING_LEVELS.map((level) => option(level, levelName(level, locale), bar.level))}
      </select></label
    >
    <label class="field"
      ><span>${t.term('caseList.step')}</span>
      <select part="filter" name="step">
        ${option('', t.term('caseList.stepAll'), bar.step)}
        ${CASE_STEPS.map((step) => option(step, stepName(step, locale), bar.step))}
      </select></label
    >
    <label class="field"
      ><span>${t.term('caseList.sort')}</span>
      <select part="filter" name="sort">
        ${CASE_LIST_SORTS.map((sort) => option(sort, t.term(SORT_TERMS[sort]), bar.sort))}
      </select></label
    >
    <label class="field check"
      ><input part="filter" type="checkbox" name="overdue" .checked=${bar.overdue} />${t.term(
        'caseList.overdueOnly',
      )}</label
    >
    ${
      gridText
        ? html`<button
            type="button"
            part="filter-chip"
            class="chip"
            aria-label=${t.term('caseList.removeFilter', gridText)}
            @click=${bar.onClearGrid}
          >
            ${gridText} <span aria-hidden="true">×</span>
          </button>`
        : nothing
    }
    ${
      unitText
        ? html`<button
            type="button"
            part="filter-chip"
            class="chip"
            aria-label=${t.term('caseList.removeFilter', unitText)}
            @click=${bar.onClearUnit}
          >
            ${unitText} <span aria-hidden="true">×</span>
          </button>`
        : nothing
    }
  </div>`;
}
