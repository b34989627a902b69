// Writes the data of the district portal (examples/index.html, sources in
// examples/district-portal/) into examples/data/portal/: the full-size demo district on the real
// Yingze boundary, as a browser may have it, its grid layer, and the grids' contact cards. Seeded,
// so every build writes the same files. Runs after rollup (`npm run build` and `npm test` do): it
// uses @wangge/core as built, as a host's own tooling would.
//
// The page runs the case engine itself, so it needs the people and their roles (who may file,
// assign, verify) and the duty roster; it never needs residents or households, and it does not
// get them: `publicDistrictBundle` empties them and drops the staff's mobiles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadDistrict, publicDistrictBundle, workersOf } from '@wangge/core';
import { YINGZE_BOUNDARY, generateDemoDistrict, generateDemoGeometry } from '@wangge/core/demo';

const SEED = 20261126;
/** The live day of the portal (a Thursday); the roster is generated for it. */
const ROSTER_DAY = '2026-11-26';
const DAY_MS = 86_400_000;

const out = new URL('../examples/data/portal/', import.meta.url);

const bundle = generateDemoDistrict({
  seed: SEED,
  householdsPerMicroGrid: 1,
  rosterDay: ROSTER_DAY,
});
const layer = generateDemoGeometry(bundle, YINGZE_BOUNDARY, { seed: SEED });
const loaded = loadDistrict(bundle);
if (!loaded.success) throw loaded.error;
const district = loaded.data;

// The portal's simulation starts the day before (so that the dashboard compares today with
// yesterday): the same shifts, one day earlier, keep the workers on duty then too.
const beijing = (/** @type {number} */ ms) =>
  `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
const earlier = bundle.shifts.map((shift) => ({
  ...shift,
  start: beijing(Date.parse(shift.start) - DAY_MS),
  end: beijing(Date.parse(shift.end) - DAY_MS),
}));
const browserBundle = publicDistrictBundle(district.bundle);
const withRoster = { ...browserBundle, shifts: [...earlier, ...bundle.shifts] };
const check = loadDistrict(withRoster);
if (!check.success) throw check.error;
if (withRoster.residents?.length || withRoster.households?.length) {
  throw new Error('residents must not reach the browser');
}

// The contact card (连心卡) is printed and handed to every household: the worker's work mobile
// is on it by design (the card masks it until the host reveals it). The community office's
// number is made up from the seed: the demo district has no office phones.
/** @type {Record<string, unknown>} */
const cards = {};
let n = 0;
for (const grid of bundle.grids) {
  const worker = workersOf(district, grid.id, { roles: ['grid-worker'] })[0];
  const community = district.units.get(grid.communityId)?.record;
  if (!worker?.mobile || !community) continue;
  n += 1;
  const office = String(4_040_000 + ((SEED + n * 7919) % 60_000)).padStart(7, '0');
  cards[grid.id] = {
    gridId: grid.id,
    gridName: grid.name,
    community: { name: community.name, phone: `0351-${office}` },
    worker: { name: worker.name, mobile: worker.mobile },
  };
}

mkdirSync(out, { recursive: true });
const write = (/** @type {string} */ name, /** @type {unknown} */ value) => {
  writeFileSync(new URL(name, out), `${JSON.stringify(value)}\n`);
};
write('district.json', withRoster);
write('grids.geojson', layer);
write('contacts.json', cards);
console.log(
  `portal data: ${String(bundle.grids.length)} grids, ${String(withRoster.people?.length ?? 0)} staff, ${String(Object.keys(cards).length)} contact cards → examples/data/portal/`,
);
