// Builds every package: ESM + one bundled .d.ts each, the self-contained browser bundle of
// @wangge/elements, and the example portal's script.
import { rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

for (const dir of [
  'packages/core/dist',
  'packages/elements/dist',
  'packages/store-postgres/dist',
  'examples/dist',
]) {
  rmSync(dir, { recursive: true, force: true });
}

/** Bare imports stay imports in the npm builds: the package manager provides them. */
const isBareImport = (/** @type {string} */ id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/**
 * Warnings from our own code fail the build; two known, harmless ones from zod's published
 * files (a comment placement and an internal import cycle) are left out.
 * @type {import('rollup').WarningHandlerWithDefault}
 */
const onwarn = (warning, warn) => {
  const fromDependency =
    (warning.id ?? '').includes('/node_modules/') ||
    (warning.ids ?? []).every((id) => id.includes('/node_modules/'));
  if (
    fromDependency &&
    ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code ?? '')
  ) {
    return;
  }
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'UNRESOLVED_IMPORT') {
    throw new Error(warning.message);
  }
  warn(warning);
};

/** The elements' entries: the kit, and each element on its own. */
const ELEMENT_ENTRIES = {
  index: 'packages/elements/src/index.ts',
  'contact-card': 'packages/elements/src/contact-card/contact-card.ts',
  'case-card': 'packages/elements/src/case-card/case-card.ts',
  'case-timeline': 'packages/elements/src/case-timeline/case-timeline.ts',
  'case-list': 'packages/elements/src/case-list/case-list.ts',
  'grid-map': 'packages/elements/src/grid-map/grid-map.ts',
  'report-form': 'packages/elements/src/report-form/report-form.ts',
  district: 'packages/elements/src/district/district.ts',
  'kpi-panel': 'packages/elements/src/kpi-panel/kpi-panel.ts',
  'level-chart': 'packages/elements/src/level-chart/level-chart.ts',
};

const ts = (/** @type {string} */ tsconfig, target = 'es2022') =>
  esbuild({ tsconfig, target, sourceMap: true });

export default /** @type {import('rollup').RollupOptions[]} */ ([
  {
    // Two entries: the library, and the demo-district generator (`@wangge/core/demo`), which
    // most users never import; code they share goes into a chunk.
    input: {
      index: 'packages/core/src/index.ts',
      layers: 'packages/core/src/layers.ts',
      demo: 'packages/core/src/demo/index.ts',
    },
    external: isBareImport,
    plugins: [ts('packages/core/tsconfig.json')],
    output: {
      dir: 'packages/core/dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: {
      index: 'packages/core/src/index.ts',
      layers: 'packages/core/src/layers.ts',
      demo: 'packages/core/src/demo/index.ts',
    },
    external: isBareImport,
    plugins: [dts({ tsconfig: 'packages/core/tsconfig.json' })],
    output: {
      dir: 'packages/core/dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].d.ts',
    },
  },
  {
    // The PostgreSQL store: pg and PGlite stay imports (optional peers; PGlite is imported only
    // by `openPGliteCaseStore`, when it is called).
    input: { index: 'packages/store-postgres/src/index.ts' },
    external: isBareImport,
    plugins: [ts('packages/store-postgres/tsconfig.json')],
    output: { dir: 'packages/store-postgres/dist', format: 'es', sourcemap: true },
  },
  {
    input: { index: 'packages/store-postgres/src/index.ts' },
    external: isBareImport,
    plugins: [dts({ tsconfig: 'packages/store-postgres/tsconfig.json' })],
    output: { dir: 'packages/store-postgres/dist', format: 'es' },
  },
  {
    // The whole kit, and one entry per element for pages that use only some (each registers
    // its element); code they share goes into chunks.
    input: ELEMENT_ENTRIES,
    external: isBareImport,
    plugins: [ts('packages/elements/tsconfig.json')],
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: ELEMENT_ENTRIES,
    external: isBareImport,
    plugins: [dts({ tsconfig: 'packages/elements/tsconfig.json' })],
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].d.ts',
    },
  },
  {
    // One file for <script type="module">: lit, @wangge/core and every other dependency inside,
    // production builds only, no network access at run time.
    input: 'packages/elements/src/bundle.ts',
    plugins: [
      nodeResolve({ exportConditions: ['@wangge/source', 'production'], browser: true }),
      ts('packages/elements/tsconfig.json', 'es2021'),
      terser({ format: { comments: false }, ecma: 2020 }),
      {
        name: 'bundle-types',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'wangge-elements.bundle.d.ts',
            source:
              '// Types of the self-contained browser bundle: the same API as the package.\n' +
              "export * from './index.js';\n",
          });
        },
      },
    ],
    output: {
      file: 'packages/elements/dist/wangge-elements.bundle.js',
      format: 'es',
      sourcemap: true,
    },
  },
  {
    // The example pages' scripts: the contact cards, and the page with every widget.
    input: { main: 'examples/src/main.ts', widgets: 'examples/src/widgets.ts' },
    external: isBareImport,
    plugins: [ts('examples/tsconfig.json', 'es2021')],
    output: { dir: 'examples/dist', format: 'es', sourcemap: true },
  },
  {
    // The district portal (examples/index.html) runs the case engine in the page: its script
    // bundles @wangge/core (from source, production builds only); the elements come from their
    // own bundle, so it imports only their types.
    input: { 'district-portal': 'examples/district-portal/src/portal.ts' },
    plugins: [
      nodeResolve({ exportConditions: ['@wangge/source', 'production'], browser: true }),
      ts('examples/district-portal/tsconfig.json', 'es2021'),
      // immer (which the district edits use) reads process.env.NODE_ENV: there is no process in
      // a page, and this is a production build.
      esbuild({
        include: /\/node_modules\/immer\/.*\.mjs$/,
        exclude: [],
        loaders: { '.mjs': 'js' },
        define: { 'process.env.NODE_ENV': '"production"' },
        target: 'es2021',
        sourceMap: true,
      }),
      terser({ format: { comments: false }, ecma: 2020 }),
    ],
    output: { dir: 'examples/dist', format: 'es', sourcemap: true },
  },
]).map((options) => ({ ...options, onwarn }));
