import XMLBuilder from 'fast-xml-builder';

/** An element to write: a leaf with its text, or a container of elements in order. */
export type XmlNode =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly children: readonly XmlNode[] };

/** The declaration every Open311 XML document starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

// Characters XML 1.0 cannot carry at all, not even escaped (§2.2): written as U+FFFD.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as an XML document can hold it: characters XML 1.0 forbids (control characters, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, and line ends become `\n`, as every XML parser reads
 * them anyway (§2.11). Escaping `& < > " '` is fast-xml-builder's.
 */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML_CHARS, '\uFFFD');
}

type Ordered = Record<string, unknown>;

function toOrdered(node: XmlNode): Ordered {
  if ('text' in node) return { [node.name]: [{ '#text': xmlSafeText(node.text) }] };
  return { [node.name]: node.children.map(toOrdered) };
}

/**
 * Writes an XML document: the declaration, then the root element, indented by four spaces as in
 * the spec's examples, text escaped by fast-xml-builder.
 */
export function writeXml(root: XmlNode): string {
  const builder = new XMLBuilder({
    preserveOrder: true,
    format: true,
    indentBy: '    ',
    suppressEmptyNode: false,
    processEntities: true,
  });
  const body = builder.build([toOrdered(root)]);
  return `${XML_DECLARATION}\n${body.trim()}\n`;
}
