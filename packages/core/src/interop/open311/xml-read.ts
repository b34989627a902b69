import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ValidationIssue } from '../../errors/validation-error.js';
import { OPEN311_MESSAGES } from '../../i18n/open311-messages.js';

/** An element of an XML document: its name, its child elements in order, and its text. */
export interface XmlElement {
  readonly name: string;
  readonly children: readonly XmlElement[];
  /** The text directly inside the element (entities decoded, CDATA kept as is), untrimmed. */
  readonly text: string;
}

/** The outcome of reading XML: the root element or the reason it is not well-formed. */
export type XmlReadResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly issue: ValidationIssue };

/** A node of fast-xml-parser's `preserveOrder` output. */
type OrderedNode = Readonly<Record<string, unknown>>;

// The parser reads the structure; entities are decoded here, in one pass, so that `&amp;#38;` is
// `&#38;` and nothing is decoded twice, and so that only XML's own entities count: a DTD's
// entities (and with them entity expansion attacks) and HTML's are refused as undefined.
const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
} as const;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

// Characters XML 1.0 allows (§2.2 Char); a document with others is not well-formed.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([^;&\s]*));/g;

class NotWellFormed extends Error {}

/**
 * Reads an XML document without throwing: well-formedness (fast-xml-parser's validator), a single
 * root element, only XML's five named entities and character references to allowed characters,
 * no `]]>` in text. The issue never quotes the document; it gives the line of the problem when
 * known.
 */
export function readXml(text: string): XmlReadResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    // fast-xml-parser marks its validator deprecated for the fast-xml-validator package, whose
    // entry point also brings a second XML parser (its schema validator's) into every bundle:
    // about 90 KB of minified code for nothing wangge uses. This one is the same check, pinned.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const valid = XMLValidator.validate(source);
    if (valid !== true) return { ok: false, issue: invalidXml(valid.err.line) };
    if (NOT_XML_CHAR.test(source)) return { ok: false, issue: invalidXml(undefined) };
    const parsed: unknown = new XMLParser(PARSER_OPTIONS).parse(source);
    const roots = elementsOf(Array.isArray(parsed) ? (parsed as unknown[]) : []);
    const root = roots[0];
    if (roots.length !== 1 || root === undefined)
      return { ok: false, issue: invalidXml(undefined) };
    return { ok: true, root: toElement(root) };
  } catch {
    // The parser throws on what the validator let through (names that could pollute prototypes,
    // nesting deeper than 100), and toElement on undefined entities: all are not well-formed.
    return { ok: false, issue: invalidXml(undefined) };
  }
}

function invalidXml(line: number | undefined): ValidationIssue {
  const entry = OPEN311_MESSAGES.open311_invalid_xml;
  if (typeof line !== 'number' || !Number.isFinite(line)) {
    return { code: 'open311_invalid_xml', path: [], ...entry };
  }
  const at = String(line);
  return {
    code: 'open311_invalid_xml',
    path: [],
    expected: entry.expected,
    message: {
      'zh-CN': `${entry.message['zh-CN']}（第 ${at} 行）`,
      en: `${entry.message.en} (line ${at})`,
    },
  };
}

function isNode(value: unknown): value is OrderedNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The name of an element node, or undefined for text, CDATA and attribute entries. */
function nameOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#cdata');
}

function elementsOf(nodes: readonly unknown[]): OrderedNode[] {
  return nodes.filter((node): node is OrderedNode => isNode(node) && nameOf(node) !== undefined);
}

function toElement(node: OrderedNode): XmlElement {
  const name = nameOf(node) ?? '';
  const content = node[name];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of Array.isArray(content) ? (content as unknown[]) : []) {
    if (!isNode(child)) continue;
    if (typeof child['#text'] === 'string') text += decode(child['#text']);
    else if (Array.isArray(child['#cdata'])) text += cdataText(child['#cdata'] as unknown[]);
    else if (nameOf(child) !== undefined) children.push(toElement(child));
  }
  return { name, children, text };
}

function cdataText(nodes: readonly unknown[]): string {
  return nodes
    .map((node) => (isNode(node) && typeof node['#text'] === 'string' ? node['#text'] : ''))
    .join('');
}

function decode(raw: string): string {
  // `]]>` may only end a CDATA section (§2.4); in text it is not well-formed.
  if (raw.includes(']]>')) throw new NotWellFormed();
  // Line ends are normalised as XML §2.11 says (fast-xml-parser already does so for raw text).
  const text = raw.replace(/\r\n?/g, '\n');
  return text.replace(REFERENCE, (_match, hex?: string, dec?: string, named?: string) => {
    if (named !== undefined) {
      if (!Object.hasOwn(NAMED, named)) throw new NotWellFormed();
      return NAMED[named] ?? '';
    }
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    if (!Number.isSafeInteger(code) || code > 0x10ffff) throw new NotWellFormed();
    const char = String.fromCodePoint(code);
    if (NOT_XML_CHAR.test(char)) throw new NotWellFormed();
    return char;
  });
}
