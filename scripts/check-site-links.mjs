// Fails when the generated docs site (docs/site) has a broken internal link or loads anything
// from the internet. Every `href`, `src` and `srcset` of every HTML page, and every `url()` of
// its CSS and SVG files, is resolved on disk: relative (`../media/x.svg`), root-relative
// (`/assets/style.css`, from the site's root) and `#anchors`, within a page or into another
// (the target must have that `id` or `name`). External http(s) links are not fetched: a plain
// link to a web page is fine, but a page that loads a remote script, stylesheet, font, image or
// frame does not work offline and is reported.
//
// `node scripts/check-site-links.mjs [site-dir]`; scripts/build-docs.mjs runs it after typedoc.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** @param {string} text */
const unescape = (text) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const OTHER_SCHEME = /^(?:mailto|tel|data|javascript|blob):/i;
// Attributes whose URL the browser loads by itself when the page opens, as opposed to a link
// that a reader follows.
const LOADS = new Set(['src', 'srcset', 'poster', 'data']);

/**
 * The references of one HTML page: each attribute with a URL, on which element.
 * @param {string} html
 * @returns {{ tag: string, attribute: string, url: string, rel: string }[]}
 */
function referencesOf(html) {
  /** @type {{ tag: string, attribute: string, url: string, rel: string }[]} */
  const found = [];
  // Markup inside code blocks is escaped (`&lt;a href=…`), so only real tags match.
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attributes = tag[2] ?? '';
    const rel = /\brel\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    for (const attr of attributes.matchAll(
      /\s(href|src|srcset|poster|data|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi,
    )) {
      const attribute = (attr[1] ?? '').toLowerCase();
      const value = unescape(attr[2] ?? attr[3] ?? '');
      const urls =
        attribute === 'srcset'
          ? value
              .split(',')
              .map((part) => part.trim().split(/\s+/)[0] ?? '')
              .filter(Boolean)
          : [value.trim()];
      for (const url of urls) found.push({ tag: name, attribute, url, rel });
    }
  }
  // Inline styles and <style> elements may load fonts and images too.
  for (const match of html.matchAll(
    /url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/gi,
  ))
    found.push({
      tag: 'style',
      attribute: 'url',
      url: unescape(match[1] ?? match[2] ?? ''),
      rel: '',
    });
  return found;
}

/** @type {Map<string, Set<string>>} */
const anchorCache = new Map();
/** @param {string} file */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors === undefined) {
    const html = readFileSync(file, 'utf8');
    anchors = new Set(
      [...html.matchAll(/\s(?:id|name)\s*=\s*"([^"]*)"/gi)].map((m) => unescape(m[1] ?? '')),
    );
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/**
 * Every problem of the site in `siteDir`, as `page: what` lines; empty when all is well.
 * @param {string} siteDir
 * @returns {string[]}
 */
export function checkSite(siteDir) {
  const site = resolve(siteDir);
  /** @type {string[]} */
  const problems = [];
  const files = filesUnder(site);
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (!['.html', '.css', '.svg'].includes(ext)) continue;
    const page = relative(site, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    const references =
      ext === '.html'
        ? referencesOf(text)
        : [
            ...text.matchAll(
              /url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]|\shref\s*=\s*"([^"]*)"/gi,
            ),
          ].map((m) => ({
            tag: ext.slice(1),
            attribute: 'url',
            url: unescape(m[1] ?? m[2] ?? m[3] ?? ''),
            rel: '',
          }));
    for (const { tag, attribute, url, rel } of references) {
      if (url === '' || OTHER_SCHEME.test(url)) continue;
      if (EXTERNAL.test(url)) {
        const loaded =
          LOADS.has(attribute) ||
          tag === 'style' ||
          ext !== '.html' ||
          (tag === 'link' &&
            !/\b(?:canonical|alternate|author|license|help|next|prev)\b/i.test(rel));
        if (loaded)
          problems.push(`${page}: <${tag} ${attribute}="${url}"> loads a remote resource`);
        continue;
      }
      const hashAt = url.indexOf('#');
      const pathPart = (hashAt === -1 ? url : url.slice(0, hashAt)).split('?')[0] ?? '';
      const anchor = hashAt === -1 ? '' : url.slice(hashAt + 1);
      if (ext !== '.html' && pathPart === '') continue; // an SVG's own #marker, a CSS #fragment
      let decoded;
      try {
        decoded = decodeURIComponent(pathPart);
      } catch {
        problems.push(`${page}: ${attribute}="${url}" is not a valid URL`);
        continue;
      }
      let target =
        decoded === ''
          ? file
          : decoded.startsWith('/')
            ? join(site, decoded)
            : resolve(dirname(file), decoded);
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      const shown = relative(site, target).split(sep).join('/');
      if (!target.startsWith(site + sep) && target !== site) {
        problems.push(`${page}: ${attribute}="${url}" points outside the site (${shown})`);
      } else if (!existsSync(target)) {
        problems.push(`${page}: ${attribute}="${url}" → ${shown} does not exist`);
      } else if (anchor !== '' && ['.html', '.svg'].includes(extname(target).toLowerCase())) {
        let id = anchor;
        try {
          id = decodeURIComponent(anchor);
        } catch {
          // kept as written
        }
        if (!anchorsOf(target).has(id))
          problems.push(`${page}: ${attribute}="${url}" → no id "${id}" in ${shown}`);
      }
    }
  }
  return problems;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = process.argv[2] ?? join(root, 'docs/site');
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`link check: no site at ${site}: run \`npm run docs\` first.`);
    process.exit(1);
  }
  const problems = checkSite(site);
  if (problems.length > 0) {
    console.error(`link check: ${problems.length} problem(s) in ${site}:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `link check: every internal link and resource of ${site} resolves; nothing remote is loaded.`,
  );
}
