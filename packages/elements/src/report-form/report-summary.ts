import { maskName, maskPhone, type LoadedDistrict } from '@wangge/core';
import { html, nothing, type TemplateResult } from 'lit';
import { categoryName } from '../shared/district-names.js';
import type { WanggeLocalize } from '../shared/localize.js';
import { kindOfReporter } from './report-draft.js';
import type { ReportFields } from './report-event.js';
import { placeNames } from './report-places.js';

/** What the summary shows and does. */
export interface SummaryInput {
  readonly report: ReportFields;
  readonly district: LoadedDistrict | undefined;
  readonly localize: WanggeLocalize;
  readonly disabled: boolean;
  readonly onNewReport: () => void;
}

/**
 * What was sent, after a successful submit. The reporter's name and mobile are personal data:
 * only their masked forms (`王*`, `138****8000`) are put in the DOM.
 */
export function renderSummary(input: SummaryInput): TemplateResult {
  const { report, district, localize: t } = input;
  const locale = t.locale();
  const [longitude, latitude] = report.location.point.coordinates;
  const place = placeNames(district, report.gridId, report.microGridId ?? '', locale).join(
    t.term('reportForm.placeSeparator'),
  );
  const reporter = report.reporter;
  const masked = (text: string): TemplateResult =>
    html`<span>${text}<span class="visually-hidden">(${t.term('shared.masked')})</span></span>`;
  const kind = kindOfReporter(reporter.kind);
  return html`<section part="summary" class="summary" aria-labelledby="summary-title">
    <p id="summary-title" part="summary-title" class="summary-title" tabindex="-1">
      ${t.term('reportForm.submitted')}
    </p>
    <dl>
      <dt>${t.term('reportForm.category')}</dt>
      <dd>${categoryName(district, report.categoryCode, locale)}</dd>
      <dt>${t.term('reportForm.location')}</dt>
      <dd>
        ${place}<br />${t.term(
          'reportForm.coordinatesValue',
          longitude,
          latitude,
          report.location.coordinateSystem,
        )}
      </dd>
      <dt>${t.term('reportForm.priority')}</dt>
      <dd>
        ${t.term(
          report.priority === 'urgent'
            ? 'reportForm.priority.urgent'
            : 'reportForm.priority.normal',
        )}
      </dd>
      <dt>${t.term('reportForm.reporter')}</dt>
      <dd>
        ${kind ? t.term(`reportForm.kind.${kind}`) : nothing}
        ${reporter.name === undefined ? nothing : masked(maskName(reporter.name))}
        ${reporter.mobile === undefined ? nothing : masked(maskPhone(reporter.mobile))}
      </dd>
      <dt>${t.term('reportForm.description')}</dt>
      <dd>${report.description}</dd>
      <dt>${t.term('reportForm.photos')}</dt>
      <dd>
        ${
          report.mediaUrls.length > 0
            ? t.term('reportForm.photoCount', report.mediaUrls.length)
            : t.term('reportForm.none')
        }
      </dd>
    </dl>
    <button
      type="button"
      part="new-report"
      class="secondary"
      ?disabled=${input.disabled}
      @click=${input.onNewReport}
    >
      ${t.term('reportForm.newReport')}
    </button>
  </section>`;
}
