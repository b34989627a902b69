// Plain-text tables for a terminal, in Chinese and English: console.table counts a Chinese
// character as one column where a terminal shows two, and prints quotes and an index column.

/** Characters a terminal shows two columns wide: CJK, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u;

/** How many columns a text takes in a terminal. @param {string} text */
const columns = (text) => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);

/** @param {string} text @param {number} width */
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - columns(text)));

/**
 * Prints rows, the first as headings over a rule, each column as wide as its widest cell.
 * @param {readonly (readonly string[])[]} rows
 */
export function printTable(rows) {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((row) => columns(row[i] ?? '')))) ?? [];
  for (const [n, row] of rows.entries()) {
    const line = row.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ');
    console.log(`  ${line.trimEnd()}`);
    if (n === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
}

/** Prints a section's title. @param {string} title */
export const heading = (title) => console.log(`\n== ${title} ==`);

/**
 * A share as a percentage, or "—" when there was nothing to measure (not the same as 0 %).
 * @param {import('@wangge/core').KpiRatio} ratio
 */
export const percent = (ratio) =>
  ratio.value === null ? '—' : `${(ratio.value * 100).toFixed(1)}%`;
