// The custom-elements manifest (custom-elements.json) describes every wg-* element for IDEs,
// Storybook and documentation. It is generated from the components' docblocks and committed;
// `npm test` regenerates it and fails when the committed one is stale (`npm run analyze`).
// Run from this package's folder.

/** Keeps only the kit's own events (`wg-*`, each named and typed by an `@event` tag of the
 * docblock): the analyzer also infers an event from every `dispatchEvent(new WgXxxEvent(arg))`
 * and names it after the first argument (`id`, `error`, `location`), or leaves it nameless. */
const dropNamelessEvents = {
  name: 'wangge-manifest-order-and-events',
  /** @param {{ customElementsManifest: any }} context */
  packageLinkPhase({ customElementsManifest }) {
    // Modules in path order: the analyzer lists them in the order its file search returns them,
    // which is not guaranteed, and the committed manifest must be the same on every machine.
    customElementsManifest.modules?.sort((/** @type {any} */ a, /** @type {any} */ b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (Array.isArray(declaration.events)) {
          declaration.events = declaration.events.filter(
            (/** @type {any} */ e) => typeof e.name === 'string' && e.name.startsWith('wg-'),
          );
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.fixtures.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents],
};
