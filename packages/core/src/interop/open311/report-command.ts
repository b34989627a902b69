import type { ValidationIssue } from '../../errors/validation-error.js';
import { deepFreeze } from '../../district/deep-freeze.js';
import { isPhotoUrl } from '../../format/photo-url.js';
import { convertLocation } from '../../geo/coordinate-system.js';
import { CaseCommand } from '../../schema/case-command.js';
import type { CaseReporter } from '../../schema/case-reporter.js';
import type { Location } from '../../schema/geo-point.js';
import { parseInput } from '../../validation/parse-input.js';
import type { ParseResult } from '../../validation/parse-result.js';
import { checkAttributeAnswers } from './attribute-answers.js';
import type {
  Open311Import,
  Open311ImportOptions,
  Open311ReportCommand,
} from './import-request.js';
import { open311Failure, open311Issue } from './open311-issue.js';
import { nameKey } from './open311-options.js';
import type { Open311Profile } from './open311-profile.js';

/** What a report is made of, from a POST or from a request of a document. */
export interface ReportFields {
  readonly service_code: string;
  readonly lat: number | undefined;
  readonly long: number | undefined;
  readonly description: string | undefined;
  readonly media_url: string | undefined;
  readonly reporter: CaseReporter;
  readonly attribute: Readonly<Record<string, readonly string[]>>;
  readonly observedAt: string | undefined;
  readonly dropped: readonly string[];
}

const MAX_DESCRIPTION = 2000;

/**
 * The `report` command for what an Open311 request says, or every reason it cannot be one: the
 * service code mapped to a category, the WGS-84 point located in a grid and converted to the
 * district's system, the answers checked and appended to the description, the media URL checked,
 * and the whole command validated as the engine will.
 */
export function toReport(
  profile: Open311Profile,
  fields: ReportFields,
  options: Open311ImportOptions,
  request: { readonly index: number; readonly serviceRequestId: string | undefined },
  subject: string,
): ParseResult<Open311Import> {
  const issues: ValidationIssue[] = [];
  const key = nameKey(options.locale);
  const categoryCode = profile.categoryCodes.get(fields.service_code);
  const category =
    categoryCode === undefined ? undefined : profile.district.categories.get(categoryCode);
  if (!category) issues.push(open311Issue('open311_unknown_service_code', ['service_code']));

  let place: { location: Location; gridId: string; microGridId: string | undefined } | undefined;
  if (fields.lat === undefined) issues.push(open311Issue('open311_missing_location', ['lat']));
  if (fields.long === undefined) issues.push(open311Issue('open311_missing_location', ['long']));
  if (fields.lat !== undefined && fields.long !== undefined) {
    const fix: Location = {
      point: { type: 'Point', coordinates: [fields.long, fields.lat] },
      coordinateSystem: 'WGS84',
    };
    const found = options.gridIndex.locate(fix);
    if (found.status === 'inside') {
      const { units } = profile.district;
      const grid = found.gridId === undefined ? undefined : units.get(found.gridId);
      const micro = found.microGridId === undefined ? undefined : units.get(found.microGridId);
      const microOk =
        found.microGridId === undefined ||
        (micro?.kind === 'micro-grid' && micro.parentId === found.gridId);
      if (grid?.kind !== 'grid' || !microOk) issues.push(open311Issue('open311_unknown_grid', []));
      else {
        const system = options.coordinateSystem ?? options.gridIndex.coordinateSystem;
        place = {
          location: convertLocation(fix, system),
          gridId: grid.record.id,
          microGridId: found.microGridId,
        };
      }
    } else if (found.status === 'outside') issues.push(open311Issue('open311_outside_grids', []));
    else issues.push(open311Issue('open311_invalid_coordinate', []));
  }

  const answers = checkAttributeAnswers(
    categoryCode === undefined ? [] : (profile.attributes.get(categoryCode) ?? []),
    fields.attribute,
    key,
    issues,
  );
  // Open311 lets the description out; a case needs one, and its category says what it is.
  const description = [fields.description ?? category?.name[key] ?? '', ...answers.lines].join(
    '\n',
  );
  if (description.length > MAX_DESCRIPTION) {
    issues.push(open311Issue('open311_description_too_long', ['description']));
  }
  const media = fields.media_url;
  if (media !== undefined && !(/^https?:\/\//i.test(media) && isPhotoUrl(media))) {
    issues.push(open311Issue('open311_invalid_media_url', ['media_url']));
  }
  if (issues.length > 0 || !category || !place) return open311Failure(subject, issues);

  const ids = options.ids(request);
  const command = parseInput(
    CaseCommand,
    {
      type: 'report',
      commandId: ids.commandId,
      caseId: ids.caseId,
      expectedVersion: 0,
      actorId: options.actorId,
      categoryCode: category.code,
      priority: 'normal',
      location: place.location,
      gridId: place.gridId,
      ...(place.microGridId === undefined ? {} : { microGridId: place.microGridId }),
      reporter: fields.reporter,
      description,
      mediaUrls: media === undefined ? [] : [media],
      ...(fields.observedAt === undefined ? {} : { observedAt: fields.observedAt }),
    },
    'CaseCommand',
  );
  if (!command.success) return command;
  return {
    success: true,
    data: deepFreeze({
      command: command.data as Open311ReportCommand,
      dropped: [...fields.dropped, ...answers.dropped],
    }),
  };
}
