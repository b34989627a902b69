// The CSV writer: RFC 4180 quoting and the neutralising of formula injection, in a few lines of
// our own (packages/core/README.md says why no library is used).

/** A field needs quotes when it holds a quote, the delimiter or a line break (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * Whether text would start a formula in a spreadsheet (CSV injection, OWASP): `=`, `+`, `-`,
 * `@`, a tab, a carriage return or a line feed first, or their full-width forms (＝ ＋ － ＠), which
 * Apple Numbers and some Chinese input setups take for the ASCII ones.
 */
function startsFormula(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x0a: // LF
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return true;
    default:
      return false;
  }
}

/**
 * One CSV field for a text value: a text that would start a formula gets a `'` in front (the
 * OWASP advice: spreadsheets then show it as text, with the `'` hidden or visible, and never run
 * it), then the field is quoted if it must be, its quotes doubled.
 *
 * @internal
 */
export function csvTextCell(text: string): string {
  const safe = startsFormula(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe;
}

/**
 * One CSV field for a number: written as JavaScript writes it, never prefixed (a number cannot be
 * a formula, and `-12.5` must stay a number for the spreadsheet).
 *
 * @internal
 */
export function csvNumberCell(value: number): string {
  return String(value);
}

/** The line break of every record, the header's included (RFC 4180 §2.1). */
export const CRLF = '\r\n';

/** The byte order mark that tells Excel the file is UTF-8, so that Chinese text shows. */
export const BOM = '\uFEFF';
