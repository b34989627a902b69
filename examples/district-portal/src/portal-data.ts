// Loads what the portal runs on (written by scripts/build-portal-data.mjs): the district as a
// browser may have it (staff and roster, no residents), its grid layer and the contact cards;
// and builds, once, what the flow of a report needs: the rules, the roster, the grid index.
import {
  DutyRoster,
  FOUR_LEVEL_POLICY,
  GridIndex,
  compileRules,
  loadDistrict,
  parseGridLayer,
  type CompiledRules,
  type ContactCardInput,
  type GridLayer,
  type LoadedDistrict,
} from '@wangge/core';

export interface PortalData {
  /** The JSON as fetched, for `<wg-district>`, so that it is fetched once. */
  readonly bundleJson: unknown;
  readonly layerJson: unknown;
  readonly district: LoadedDistrict;
  readonly layer: GridLayer;
  readonly index: GridIndex;
  readonly rules: CompiledRules;
  readonly roster: DutyRoster;
  readonly contacts: Readonly<Record<string, ContactCardInput>>;
}

async function load(name: string): Promise<unknown> {
  const response = await fetch(`./data/portal/${name}`);
  if (!response.ok) throw new Error(`data/portal/${name}: ${String(response.status)}`);
  return response.json();
}

export async function loadPortalData(): Promise<PortalData> {
  const [bundleJson, layerJson, contacts] = await Promise.all([
    load('district.json'),
    load('grids.geojson'),
    load('contacts.json'),
  ]);
  const district = loadDistrict(bundleJson);
  if (!district.success) throw new Error(district.error.messageIn('en'));
  const layer = parseGridLayer(layerJson);
  if (!layer.success) throw new Error(layer.error.messageIn('en'));
  // The seed's policy: 微事不出格、小事不出社区、大事不出街镇、难事区域终结.
  const rules = compileRules(FOUR_LEVEL_POLICY, district.data);
  if (!rules.success) throw new Error(rules.error.messageIn('en'));
  return {
    bundleJson,
    layerJson,
    district: district.data,
    layer: layer.data,
    index: GridIndex.fromLayer(layer.data),
    rules: rules.data,
    roster: DutyRoster.from(district.data),
    contacts: contacts as Record<string, ContactCardInput>,
  };
}
