import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../src/demo/index.js';
import { PERSONAL_DATA, loadDistrict, publicDistrictBundle } from '../src/index.js';

const loaded = loadDistrict(generateDemoDistrict({ seed: 7, scale: 0.05 }));
if (!loaded.success) throw loaded.error;
const bundle = loaded.data.bundle;

/** Every key of every object in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

describe('publicDistrictBundle', () => {
  it('starts from a district that has every kind of personal data', () => {
    expect(bundle.residents.length).toBeGreaterThan(0);
    expect(bundle.households.length).toBeGreaterThan(0);
    expect(bundle.people.some((p) => p.mobile !== undefined)).toBe(true);
    expect(bundle.partyOrganisations.some((o) => o.kind === 'lead-household')).toBe(true);
  });

  it('keeps no field that PERSONAL_DATA lists, and no resident or household', () => {
    const shown = publicDistrictBundle(bundle);
    expect(shown.residents).toEqual([]);
    expect(shown.households).toEqual([]);
    expect(shown.partyOrganisations?.some((o) => o.kind === 'lead-household')).toBe(false);
    const keys = keysOf({ people: shown.people, residentUnits: shown.residentUnits });
    for (const key of Object.keys(PERSONAL_DATA.Person)) expect(keys.has(key)).toBe(false);
    for (const key of Object.keys(PERSONAL_DATA.ResidentUnit)) expect(keys.has(key)).toBe(false);

    const text = JSON.stringify(shown);
    const secrets = [
      ...bundle.people.map((p) => p.mobile),
      ...bundle.residents.flatMap((r) => [r.mobile, r.idNumber]),
      ...bundle.households.map((h) => h.address),
      ...bundle.residentUnits.map((u) => u.contactName),
    ].filter((v): v is string => typeof v === 'string' && v.length > 0);
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });

  it('is a valid bundle with every unit, category, department and person the widgets name', () => {
    const again = loadDistrict(publicDistrictBundle(bundle));
    if (!again.success) throw again.error;
    const { bundle: shown } = again.data;
    expect(shown.streets).toEqual(bundle.streets);
    expect(shown.communities).toEqual(bundle.communities);
    expect(shown.grids).toEqual(bundle.grids);
    expect(shown.microGrids).toEqual(bundle.microGrids);
    expect(shown.categories).toEqual(bundle.categories);
    expect(shown.departments).toEqual(bundle.departments);
    expect(shown.people.map((p) => [p.id, p.name])).toEqual(
      bundle.people.map((p) => [p.id, p.name]),
    );
    expect(again.data.units.size).toBe(loaded.data.units.size);
  });

  it('leaves its input unchanged', () => {
    const before = structuredClone(bundle);
    publicDistrictBundle(bundle);
    expect(bundle).toEqual(before);
  });
});
