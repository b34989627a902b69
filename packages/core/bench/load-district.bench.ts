// loadDistrict on the full Yingze-size demo district (1,198 grids, 2,568 micro-grids, ~7,800
// people, ~12,000 residents), against the obvious alternative of parsing the same bundle with
// its zod schema alone (no reference checks, no indexes, no freezing); and an edit on a loaded
// district against loading the edited bundle from scratch.
import { bench, describe } from 'vitest';
import { DistrictBundle, addPerson, loadDistrict, type LoadedDistrict } from '../src/index.js';
import { generateDemoDistrict } from '../src/demo/index.js';

const bundle = generateDemoDistrict({ seed: 20261126 });
const loaded = loadDistrict(bundle);
if (!loaded.success) throw new Error(loaded.error.format('en'));
const district: LoadedDistrict = loaded.data;
const gridId = bundle.grids[0]?.id ?? '';
const worker = {
  id: 'p-bench',
  name: '赵敏',
  roles: [{ role: 'grid-worker', employment: 'part-time', unitIds: [gridId] }],
};

describe('read the Yingze-size district', () => {
  bench('wangge loadDistrict (schemas, references, indexes, frozen)', () => {
    loadDistrict(bundle);
  });
  bench('zod DistrictBundle.safeParse (schemas only)', () => {
    DistrictBundle.safeParse(bundle);
  });
});

describe('add one grid worker to the Yingze-size district', () => {
  bench('wangge addPerson (re-reads only the new record)', () => {
    addPerson(district, worker);
  });
  bench('loadDistrict of the edited bundle from scratch', () => {
    loadDistrict({ ...bundle, people: [...bundle.people, worker] });
  });
});
