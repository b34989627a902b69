import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** A fixture of `test/fixtures/open311/`, as text (the spec's examples, byte for byte). */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/open311/${name}`, import.meta.url), 'utf8');
}

/** An element of an XML document as a tree of names: what "the same structure" compares. */
export interface Shape {
  readonly name: string;
  readonly children: readonly Shape[];
  /** Whether the element has non-blank text. */
  readonly filled: boolean;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreDeclaration: true,
  trimValues: true,
  parseTagValue: false,
});

function shapeOf(node: Record<string, unknown>): Shape | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  if (name === undefined) return undefined;
  const content = (node[name] ?? []) as Record<string, unknown>[];
  const children = content.map(shapeOf).filter((child) => child !== undefined);
  const filled = content.some(
    (child) => typeof child['#text'] === 'string' && child['#text'] !== '',
  );
  return { name, children, filled };
}

/** The root element of an XML document with its element names in document order. */
export function xmlShape(xml: string): Shape {
  const nodes = parser.parse(xml) as Record<string, unknown>[];
  const root = nodes.map(shapeOf).find((shape) => shape !== undefined);
  if (!root) throw new Error('no root element');
  return root;
}

/** The shape without the empty leaves (elements written for absent fields). */
export function withoutEmpty(shape: Shape): Shape {
  return {
    ...shape,
    children: shape.children
      .filter((child) => child.filled || child.children.length > 0)
      .map(withoutEmpty),
  };
}
