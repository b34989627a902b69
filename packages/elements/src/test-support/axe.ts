import axe from 'axe-core';

/** Runs axe-core on an element (shadow roots included) and returns its violations. */
export async function axeViolations(element: Element): Promise<axe.Result[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations;
}

/** A readable summary of axe violations for assertion messages. */
export function describeViolations(violations: axe.Result[]): string {
  return violations
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    .join('\n');
}
