// Measures what a consumer's bundle pays for wangge: each entry below is bundled from the built
// packages the way a user's bundler would (node-resolve, tree-shaking, terser), gzipped, and
// compared with its budget. Fails when an entry is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

/** lit's own packages, left out where a page is assumed to use lit already. */
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/** @type {{ name: string, code: string, budget: number, browser?: boolean, external?: RegExp, defines?: string }[]} */
const ENTRIES = [
  {
    name: 'loadDistrict + its schemas',
    code: "import { loadDistrict } from '@wangge/core'; export default loadDistrict;",
    budget: 25_000,
  },
  {
    name: 'one schema (CaseRecord)',
    code: "import { CaseRecord } from '@wangge/core'; export default CaseRecord;",
    budget: 11_000,
  },
  {
    name: 'the case engine',
    code: "import { createCaseEngine } from '@wangge/core'; export default createCaseEngine;",
    budget: 55_000,
  },
  {
    name: 'the rules (compileRules, decide)',
    code: "import { compileRules, decide } from '@wangge/core'; export default [compileRules, decide];",
    budget: 30_000,
  },
  {
    name: 'the KPIs (computeKpis, kpiSeries)',
    code: "import { computeKpis, kpiSeries } from '@wangge/core'; export default [computeKpis, kpiSeries];",
    budget: 18_000,
  },
  {
    name: 'Open311 requests, both ways',
    code: "import { importOpen311Requests, open311ServiceRequest, writeOpen311ServiceRequests } from '@wangge/core'; export default [importOpen311Requests, open311ServiceRequest, writeOpen311ServiceRequests];",
    budget: 53_000,
  },
  {
    name: 'CSV export (casesToCsv)',
    code: "import { casesToCsv } from '@wangge/core'; export default casesToCsv;",
    budget: 27_000,
  },
  {
    name: 'assessGrid + measurePatrol',
    code: "import { assessGrid, measurePatrol } from '@wangge/core'; export default [assessGrid, measurePatrol];",
    budget: 30_000,
  },
  {
    name: 'case history (no xstate, no immer)',
    code: "import { caseHistory } from '@wangge/core'; export default caseHistory;",
    budget: 3_000,
  },
  {
    // What a page that already uses lit pays for the contact card: lit is the host's.
    name: 'only <wg-contact-card>',
    code: "import '@wangge/elements/contact-card';",
    budget: 10_000,
    browser: true,
    external: LIT,
    defines: 'wg-contact-card',
  },
  {
    name: 'only <wg-contact-card>, with lit',
    code: "import '@wangge/elements/contact-card';",
    budget: 14_000,
    browser: true,
  },
  // One element each, on a page that has lit: what a portal pays for the widgets it uses. Each
  // must still define its element (a bundler that trusts `sideEffects` keeps the definition).
  ...[
    ['district', 27_000],
    ['case-card', 21_000],
    ['case-timeline', 26_000],
    ['case-list', 35_000],
    // The map's colouring by value (legend, hatching, canvas pattern, tree values): +1.7 KB.
    ['grid-map', 43_000],
    ['report-form', 37_000],
    ['kpi-panel', 9_000],
    // Of its 10.7 KB, 4.5 KB are zod, which any value import from @wangge/core's index pulls in
    // while core's export module keeps top-level calls not marked pure; 7 KB once it does not.
    ['level-chart', 7_500],
  ].map(([tag, budget]) => ({
    name: `only <wg-${tag}>`,
    code: `import '@wangge/elements/${tag}';`,
    budget: Number(budget),
    browser: true,
    external: LIT,
    defines: `wg-${tag}`,
  })),
  {
    name: 'masking helpers only',
    code: "import { maskName, maskPhone } from '@wangge/core'; export default [maskName, maskPhone];",
    budget: 2_000,
  },
];

const VIRTUAL = '\0wangge-size-entry';
let failed = false;
const rows = [];
for (const entry of ENTRIES) {
  const bundle = await rollup({
    input: VIRTUAL,
    external: (id) => entry.external?.test(id) ?? false,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === VIRTUAL ? id : null),
        load: (id) => (id === VIRTUAL ? entry.code : null),
      },
      nodeResolve({ exportConditions: ['production'], browser: entry.browser ?? false }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
  const gzipped = gzipSync(code, { level: 9 }).length;
  const defined = entry.defines === undefined || code.includes(`define("${entry.defines}"`);
  const ok = gzipped <= entry.budget && defined;
  failed ||= !ok;
  if (!defined) rows.push(`✖ ${entry.name}: the bundle does not define <${entry.defines}>`);
  rows.push(
    `${ok ? '✔' : '✖'} ${entry.name.padEnd(36)} ${(code.length / 1000).toFixed(1).padStart(6)} KB min ` +
      `${(gzipped / 1000).toFixed(1).padStart(6)} KB gzip (budget ${(entry.budget / 1000).toFixed(0)} KB)`,
  );
}
// The self-contained bundle as it ships: every element, lit and every dependency inside. The
// budget guards against regressions; the goal is the size the kit aims for (issue 7 asks for
// 60 KB), printed as unmet until it is reached. See the elements README for where the bytes go.
const BUNDLE_BUDGET = 113_000;
const BUNDLE_GOAL = 60_000;
const shipped = readFileSync(
  new URL('../packages/elements/dist/wangge-elements.bundle.js', import.meta.url),
);
const shippedGzip = gzipSync(shipped, { level: 9 }).length;
failed ||= shippedGzip > BUNDLE_BUDGET;
const goal =
  shippedGzip <= BUNDLE_GOAL
    ? `goal ${(BUNDLE_GOAL / 1000).toFixed(0)} KB met`
    : `goal ${(BUNDLE_GOAL / 1000).toFixed(0)} KB not met`;
rows.push(
  `${shippedGzip <= BUNDLE_BUDGET ? '✔' : '✖'} ${'the kit bundle (one <script>)'.padEnd(36)} ${(shipped.length / 1000).toFixed(1).padStart(6)} KB min ` +
    `${(shippedGzip / 1000).toFixed(1).padStart(6)} KB gzip (budget ${(BUNDLE_BUDGET / 1000).toFixed(0)} KB; ${goal})`,
);
console.log(rows.join('\n'));
process.exit(failed ? 1 : 0);
