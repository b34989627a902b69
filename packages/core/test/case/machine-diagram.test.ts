import { readFileSync } from 'node:fs';
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { caseMachine } from '../../src/index.js';
import {
  SVG_PATH,
  TABLE_PATH,
  describeMachine,
  renderMachine,
} from '../../../../scripts/machine-diagram.mjs';

// Every state node and every event the machine reacts to, read from the machine directly.
function walk(node: AnyStateNode, into: AnyStateNode[] = []): AnyStateNode[] {
  into.push(node);
  for (const child of Object.values(node.states)) walk(child, into);
  return into;
}
const nodes = walk(caseMachine.root).slice(1);
const events = [...new Set(walk(caseMachine.root).flatMap((node) => [...node.transitions.keys()]))];

describe('the case machine diagram (docs/generated)', () => {
  it('is up to date with caseMachine: run `node scripts/machine-diagram.mjs` after a build', async () => {
    const fresh = await renderMachine(caseMachine);
    expect(readFileSync(SVG_PATH, 'utf8')).toBe(fresh.svg);
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(fresh.table);
  });

  it('lists every state and every transition event, in the SVG and in the table', async () => {
    const { svg, table } = await renderMachine(caseMachine);
    expect(nodes.length).toBeGreaterThan(20);
    expect(events).toHaveLength(20);
    for (const node of nodes) {
      const name = node.path.slice(1).join('.');
      if (name === '') continue; // a region: its panel
      expect(table).toContain(`\`${name}\``);
      expect(svg).toContain(`>${node.key}`);
    }
    for (const region of Object.keys(caseMachine.root.states)) {
      expect(svg).toContain(`region: ${region}`);
    }
    for (const event of events) {
      expect(table).toContain(`\`${event}\``);
      expect(svg).toContain(`>${event}`);
    }
  });

  it('has one row per transition, with its target', () => {
    const model = describeMachine(caseMachine);
    const count = walk(caseMachine.root).reduce(
      (sum, node) => sum + [...node.transitions.values()].reduce((n, list) => n + list.length, 0),
      0,
    );
    expect(model.transitions).toHaveLength(count);
    expect(model.transitions).toContainEqual(
      expect.objectContaining({
        source: 'step.reported',
        event: 'case-rejected',
        condition: 'reason: duplicate',
        target: 'step.archived.duplicate',
      }),
    );
    expect(model.transitions).toContainEqual(
      expect.objectContaining({
        source: 'step.active',
        event: 'deadline-missed',
        target: undefined,
      }),
    );
  });

  it('is standalone: no script, no external font or stylesheet, nothing fetched', async () => {
    const { svg } = await renderMachine(caseMachine);
    expect(svg).not.toMatch(/<script|@import|@font-face|url\(\s*['"]?https?:|href="https?:/i);
  });
});
