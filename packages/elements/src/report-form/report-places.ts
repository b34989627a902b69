import type { LoadedDistrict, Locale, LocateResult, UnitRef, ValidationIssue } from '@wangge/core';
import { unitName } from '../shared/district-names.js';
import type { ReportDraft } from './report-draft.js';

/** A unit offered in one of the grid tree's selects. */
export interface UnitOption {
  readonly id: string;
  readonly name: string;
}

/** The units under a unit, of one kind, with their names in the locale. */
export function unitsUnder(
  district: LoadedDistrict | undefined,
  parentId: string,
  kind: UnitRef['kind'],
  locale: Locale,
): readonly UnitOption[] {
  if (!district || parentId === '') return [];
  return (district.children.get(parentId) ?? [])
    .filter((unit) => unit.kind === kind)
    .map((unit) => ({ id: unit.record.id, name: unitName(district, unit.record.id, locale) }));
}

/**
 * The draft with its grid tree set to a grid (and micro-grid): its community and street come
 * from the district. The point is not touched.
 */
export function withGrid(
  draft: ReportDraft,
  district: LoadedDistrict | undefined,
  gridId: string,
  microGridId: string,
): ReportDraft {
  const communityId = district?.units.get(gridId)?.parentId ?? '';
  const streetId = district?.units.get(communityId)?.parentId ?? '';
  return { ...draft, streetId, communityId, gridId, microGridId };
}

/** What locating the typed or picked point found, shown under the coordinates. */
export type PlaceStatus =
  | { readonly kind: 'located'; readonly gridId: string; readonly microGridId: string }
  | { readonly kind: 'outside' }
  | { readonly kind: 'no-layer' }
  | { readonly kind: 'invalid'; readonly issue: ValidationIssue };

/** The grid and micro-grid of a `GridIndex` answer, as the form's status. */
export function statusOf(result: LocateResult, district: LoadedDistrict | undefined): PlaceStatus {
  if (result.status === 'invalid') return { kind: 'invalid', issue: result.issue };
  if (result.status === 'outside') return { kind: 'outside' };
  // A layer whose finest level is the grid has no micro-grid; one without grids names the
  // micro-grid only, whose grid the district knows.
  const microGridId = result.microGridId ?? '';
  const gridId =
    result.gridId ?? (microGridId ? district?.units.get(microGridId)?.parentId : undefined);
  return gridId ? { kind: 'located', gridId, microGridId } : { kind: 'outside' };
}

/** The names of a grid's chain, street first (units the district does not have by their id). */
export function placeNames(
  district: LoadedDistrict | undefined,
  gridId: string,
  microGridId: string,
  locale: Locale,
): string[] {
  const ids: string[] = [];
  const parentOf = (id: string | undefined): string | undefined =>
    id === undefined ? undefined : district?.units.get(id)?.parentId;
  const communityId = parentOf(gridId);
  const streetId = parentOf(communityId);
  if (streetId) ids.push(streetId);
  if (communityId) ids.push(communityId);
  ids.push(gridId);
  if (microGridId) ids.push(microGridId);
  return ids.map((id) => unitName(district, id, locale));
}
