import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileRules,
  loadDistrict,
  parseAssessmentScheme,
  parseGridLayer,
  parseWorkingCalendar,
} from '../src/index.js';

// The JSON examples of docs/guides/configuring-a-district.md, each marked by the comment
// `<!-- example: name -->` right before its ```json block.
const GUIDE = new URL('../../../docs/guides/configuring-a-district.md', import.meta.url);
const text = readFileSync(GUIDE, 'utf8');
const examples = new Map(
  [...text.matchAll(/<!-- example: ([a-z-]+) -->\s*```json\n([\s\S]*?)\n```/g)].map((match) => [
    match[1] ?? '',
    JSON.parse(match[2] ?? '') as unknown,
  ]),
);
const example = (name: string): unknown => {
  expect(examples.has(name), `example ${name} in the guide`).toBe(true);
  return examples.get(name);
};
const failure = (result: { success: boolean; error?: { format?: (l: 'en') => string } }) =>
  result.success ? '' : (result.error?.format?.('en') ?? 'failed');

describe('the JSON examples of "Configuring a district"', () => {
  it('has exactly the five marked examples', () => {
    expect([...examples.keys()].sort()).toEqual([
      'assessment-scheme',
      'district-bundle',
      'grid-layer',
      'rule-set',
      'working-calendar',
    ]);
  });

  it('the district bundle loads, with its people, roles, departments and categories', () => {
    const district = loadDistrict(example('district-bundle'));
    expect(failure(district)).toBe('');
    if (!district.success) return;
    expect(district.data.units.get('ljy-c1-g1')?.kind).toBe('grid');
    expect(district.data.people.size).toBe(6);
    expect(district.data.categories.size).toBe(2);
  });

  it('the grid layer parses and names the bundle’s units', () => {
    const layer = parseGridLayer(example('grid-layer'));
    expect(failure(layer)).toBe('');
    const district = loadDistrict(example('district-bundle'));
    if (!layer.success || !district.success) return;
    for (const feature of layer.data.features) {
      expect(district.data.units.has(feature.properties.id), feature.properties.id).toBe(true);
    }
  });

  it('the rule set compiles against the bundle without an issue', () => {
    const district = loadDistrict(example('district-bundle'));
    if (!district.success) throw district.error;
    const rules = compileRules(example('rule-set'), district.data);
    expect(failure(rules)).toBe('');
    if (rules.success) expect(rules.data.warnings).toEqual([]);
  });

  it('the working calendar and the assessment scheme parse', () => {
    expect(failure(parseWorkingCalendar(example('working-calendar')))).toBe('');
    expect(failure(parseAssessmentScheme(example('assessment-scheme')))).toBe('');
  });
});
