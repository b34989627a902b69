/**
 * Entry of the self-contained browser bundle (`@wangge/elements/bundle`): the whole kit with
 * every dependency inside, for one `<script type="module">`.
 *
 * @packageDocumentation
 */
// Must stay first: it configures the bundle's own zod before any schema is built.
import './shared/strict-csp.js';

export * from './index.js';
