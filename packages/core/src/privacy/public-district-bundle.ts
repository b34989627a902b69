import type { DistrictBundle, DistrictBundleInput } from '../schema/district-bundle.js';

/**
 * The district bundle without residents' personal data, for a browser: what a page gives
 * `<wg-district src>` (or any client) so that the widgets can name units, categories, staff and
 * departments, while no resident, household, staff mobile or resident-unit contact leaves the
 * server. Every field that `PERSONAL_DATA` lists is gone:
 *
 * - `households` and `residents` are emptied (addresses, names, mobiles, identity numbers, flags);
 * - party lead households (党员中心户), which point to households, are dropped;
 * - people keep their ids, names, roles and units but lose their `mobile`;
 * - resident units lose their `contactName`.
 *
 * The result is a valid bundle (`loadDistrict` reads it), and the input is not changed.
 *
 * @example
 * ```ts
 * import { generateDemoDistrict } from '@wangge/core/demo';
 * import { loadDistrict, publicDistrictBundle } from '@wangge/core';
 *
 * const loaded = loadDistrict(generateDemoDistrict({ scale: 0.05 }));
 * if (loaded.success) {
 *   const body = JSON.stringify(publicDistrictBundle(loaded.data.bundle)); // GET /api/district
 * }
 * ```
 */
export function publicDistrictBundle(bundle: DistrictBundle): DistrictBundleInput {
  return {
    ...bundle,
    people: bundle.people.map(({ mobile: _mobile, ...person }) => person),
    residentUnits: bundle.residentUnits.map(({ contactName: _contact, ...unit }) => unit),
    partyOrganisations: bundle.partyOrganisations.filter((org) => org.kind !== 'lead-household'),
    households: [],
    residents: [],
  };
}
