// The custom-elements manifest (custom-elements.json) describes every wg-* element for IDEs,
// Storybook and documentation. It is generated from the components' docblocks and committed;
// `npm test` regenerates it and fails when the committed one is stale (`npm run analyze`).
// Run from this package's folder.

/** Drops the nameless event the analyzer infers from `dispatchEvent(new WgErrorEvent(…))`: the
 * docblock's `@event` tag already names and types it. */
const dropNamelessEvents = {
  name: 'wangge-drop-nameless-events',
  /** @param {{ customElementsManifest: any }} context */
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (Array.isArray(declaration.events)) {
          declaration.events = declaration.events.filter((/** @type {any} */ e) => e.name);
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents],
};
