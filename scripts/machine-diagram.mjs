// The case machine's diagram, made from `caseMachine` itself: its state nodes and transitions,
// walked through XState v5's `StateNode` (`.states`, `.transitions`, `.initial`), drawn as a
// standalone SVG (one panel per region, a box per state, each transition a labelled row with an
// arrow to its target) and listed as markdown tables for readers without images.
//
// `node scripts/machine-diagram.mjs` writes docs/generated/case-machine.{svg,md} from the built
// @wangge/core (run `npm run build` first); `--check` fails when the committed files differ.
// packages/core/test/case/machine-diagram.test.ts checks the same against the source.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SVG_PATH = join(root, 'docs/generated/case-machine.svg');
export const TABLE_PATH = join(root, 'docs/generated/case-machine.md');

/**
 * Chinese names of the states that model a step or level of the domain (DOMAIN.md §3), keyed
 * by their path in the machine. A state that is not here is drawn without one.
 * @type {Record<string, string>}
 */
const CHINESE = {
  'step.reported': '问题上报',
  'step.filed': '案卷建立',
  'step.active': '办理中',
  'step.active.assigned': '任务指派',
  'step.active.investigating': '调查落实',
  'step.resolved': '处理反馈',
  'step.resolved.awaitingVerification': '待核查',
  'step.resolved.verified': '已核查',
  'step.archived': '结案归档',
  'level.grid': '网格首诊',
  'level.community': '村社坐诊',
  'level.street': '街镇接诊',
  'level.district': '区级会诊',
  'clock.suspended': '缓办',
  'request.suspension': '申请缓办',
  'request.extension': '申请延期',
};

/**
 * @typedef {object} AnyStateNode The parts of an XState v5 `StateNode` that are read here.
 * @property {string} key
 * @property {string} id
 * @property {string[]} path
 * @property {string} type
 * @property {Record<string, AnyStateNode>} states
 * @property {Map<string, AnyTransition[]>} transitions
 * @property {{ target: AnyStateNode[] } | undefined} initial
 * @property {AnyStateNode | undefined} parent
 *
 * @typedef {object} AnyTransition
 * @property {AnyStateNode[] | undefined} target
 * @property {unknown} guard
 *
 * @typedef {object} StateInfo
 * @property {string} path dotted path from the root, e.g. `step.active.assigned`
 * @property {string} region the top-level region it belongs to (`step`, `level`, …)
 * @property {string} name its path within the region (`active.assigned`), `*` for the region
 * @property {string} id the node's id (`#assigned` targets it)
 * @property {string} type `compound`, `atomic`, `parallel`, `final`
 * @property {boolean} initial whether it is its parent's initial state
 * @property {number} depth 0 for the region, 1 for its states, …
 * @property {string | undefined} chinese
 *
 * @typedef {object} TransitionInfo
 * @property {string} source the source state's path
 * @property {string} event the event type
 * @property {string} condition a short form of the guard's selecting condition, `''` if none
 * @property {boolean} guarded whether the guard has conditions beyond `condition`
 * @property {string | undefined} target the target state's path, undefined when the event is
 *   accepted without a change in this region
 *
 * @typedef {object} MachineModel
 * @property {string} id
 * @property {string[]} regions
 * @property {StateInfo[]} states every state node but the root, in document order
 * @property {TransitionInfo[]} transitions every transition, in document order
 */

/** @param {AnyStateNode} node */
const pathOf = (node) => node.path.join('.');

/**
 * The selecting part of a guard, to print: parameterised guards (`{ type, params }`) as
 * `key: value`, `stateIn` as `in #id`; the conditions of an `and` that are one of those. The
 * rest (or, not, nested gates) only marks the transition as guarded.
 * @param {unknown} guard
 * @returns {{ condition: string, guarded: boolean }}
 */
function describeGuard(guard) {
  if (guard === undefined) return { condition: '', guarded: false };
  /** @param {unknown} g @returns {string | undefined} */
  const simple = (g) => {
    if (typeof g === 'object' && g !== null && 'params' in g) {
      const params = /** @type {{ params: Record<string, unknown> }} */ (g).params;
      return Object.entries(params)
        .map(([key, value]) => `${key}: ${String(value)}`)
        .join(', ');
    }
    if (typeof g === 'function' && 'stateValue' in g && typeof g.stateValue === 'string')
      return `in ${g.stateValue}`;
    return undefined;
  };
  const own = simple(guard);
  if (own !== undefined) return { condition: own, guarded: false };
  if (typeof guard === 'function' && 'guards' in guard && Array.isArray(guard.guards)) {
    const check = 'check' in guard && typeof guard.check === 'function' ? guard.check.name : '';
    if (check === 'checkAnd') {
      const parts = guard.guards.map(simple);
      const shown = parts.filter((part) => part !== undefined);
      return { condition: shown.join(', '), guarded: shown.length < parts.length };
    }
  }
  return { condition: '', guarded: true };
}

/**
 * Walks a machine's state nodes and transitions.
 * @param {{ id: string, root: unknown }} machine an XState v5 machine (`createMachine`)
 * @returns {MachineModel}
 */
export function describeMachine(machine) {
  const rootNode = /** @type {AnyStateNode} */ (machine.root);
  /** @type {StateInfo[]} */
  const states = [];
  /** @type {TransitionInfo[]} */
  const transitions = [];
  /** @param {AnyStateNode} node @param {number} depth */
  const visit = (node, depth) => {
    if (depth >= 0) {
      const parent = node.parent;
      states.push({
        path: pathOf(node),
        region: node.path[0] ?? node.key,
        name: depth === 0 ? '*' : node.path.slice(1).join('.'),
        id: node.id,
        type: node.type,
        initial: parent?.initial?.target.includes(node) ?? false,
        depth,
        chinese: CHINESE[pathOf(node)],
      });
    }
    for (const [event, list] of node.transitions) {
      for (const transition of list) {
        const target = transition.target?.[0];
        transitions.push({
          source: pathOf(node),
          event,
          ...describeGuard(transition.guard),
          target: target === undefined ? undefined : pathOf(target),
        });
      }
    }
    for (const child of Object.values(node.states)) visit(child, depth + 1);
  };
  visit(rootNode, -1);
  return {
    id: machine.id,
    regions: Object.keys(rootNode.states),
    states,
    transitions,
  };
}

// ——— SVG ————————————————————————————————————————————————————————————————————————————————
// A monospace font makes text widths predictable without font metrics: 0.6em a character,
// 1em for a CJK one. Only generic families: the file loads nothing.
const FONT = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace";
const SIZE = 12;
const LINE = 18;
const PAD = 8;
const INDENT = 14;
const LANE = 7;

/** @param {string} text */
const textWidth = (text) =>
  [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFFF]/.test(ch) ? SIZE : SIZE * 0.6), 0);

/** @param {string} text */
const xml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** @param {number} n */
const px = (n) => String(Math.round(n * 10) / 10);

/** @param {TransitionInfo} t @param {Map<string, StateInfo>} byPath */
function rowLabel(t, byPath) {
  const condition = [t.condition, t.guarded ? '…' : ''].filter(Boolean).join(', ');
  const target = t.target === undefined ? undefined : byPath.get(t.target);
  const to =
    target === undefined
      ? '(no change)'
      : target.region === byPath.get(t.source)?.region
        ? target.name === '*'
          ? target.region
          : target.name
        : target.path;
  return `${t.event}${condition ? ` [${condition}]` : ''} → ${to}`;
}

/** @param {StateInfo} state */
function titleOf(state) {
  if (state.name === '*') return `any ${state.region} state`;
  const name = state.name.split('.').at(-1) ?? state.name;
  return [name, state.chinese].filter(Boolean).join('  ');
}

/**
 * The diagram as a standalone SVG document.
 * @param {MachineModel} model
 * @returns {string}
 */
export function renderSvg(model) {
  const byPath = new Map(model.states.map((s) => [s.path, s]));
  /** @type {string[]} */
  const out = [];
  /** @type {Map<string, { right: number, titleY: number }>} */
  const anchors = new Map();

  /**
   * One region as a panel, its states as nested boxes, at (x, y).
   * @param {string} region @param {number} x @param {number} y
   * @returns {{ width: number, height: number, body: string[] }}
   */
  const panel = (region, x, y) => {
    const states = model.states.filter((s) => s.region === region);
    const rowsOf = (/** @type {StateInfo} */ s) =>
      model.transitions.filter((t) => t.source === s.path);
    // Width: the widest title or row at its depth.
    let inner = 0;
    for (const s of states) {
      const indent = s.depth * INDENT;
      inner = Math.max(inner, indent + textWidth(titleOf(s)) + 2 * PAD + 12);
      for (const t of rowsOf(s))
        inner = Math.max(inner, indent + textWidth(rowLabel(t, byPath)) + 2 * PAD + 10);
    }
    /** @type {string[]} */
    const body = [];
    /** @type {{ fromY: number, fromX: number, to: string }[]} */
    const arrows = [];
    let cursor = y + LINE + PAD;
    body.push(
      `<text x="${px(x + PAD)}" y="${px(y + LINE)}" class="region">region: ${xml(region)}</text>`,
    );
    /** @param {StateInfo} s @returns {void} */
    const box = (s) => {
      const level = Math.max(s.depth - 1, 0);
      const left = x + PAD + level * INDENT;
      const right = x + PAD + inner - level * 4;
      const top = cursor;
      const isRegion = s.depth === 0;
      const titleY = top + LINE - 4;
      anchors.set(s.path, { right, titleY: titleY - 4 });
      /** @type {string[]} */
      const content = [];
      content.push(
        `<text x="${px(left + PAD + (s.initial ? 10 : 0))}" y="${px(titleY)}" class="${isRegion ? 'any' : 'state'}">${xml(titleOf(s))}</text>`,
      );
      if (s.initial)
        content.push(
          `<circle cx="${px(left + PAD + 3)}" cy="${px(titleY - 4)}" r="3.5" class="initial"/>`,
        );
      cursor = top + LINE + 2;
      for (const t of rowsOf(s)) {
        cursor += LINE - 2;
        content.push(
          `<text x="${px(left + PAD + 6)}" y="${px(cursor)}" class="row">${xml(rowLabel(t, byPath))}</text>`,
        );
        if (t.target !== undefined && byPath.get(t.target)?.region === region)
          arrows.push({ fromY: cursor - 4, fromX: right, to: t.target });
      }
      cursor += PAD;
      // The box is drawn before its children, which lie on top of it.
      const slot = body.push('') - 1;
      body.push(...content);
      const children = isRegion
        ? []
        : states.filter((c) => c.depth === s.depth + 1 && c.path.startsWith(`${s.path}.`));
      for (const child of children) box(child);
      const bottom = cursor;
      body[slot] =
        `<rect x="${px(left)}" y="${px(top)}" width="${px(right - left)}" height="${px(bottom - top)}" rx="6" class="${isRegion ? 'anybox' : s.type === 'compound' ? 'compound' : 'atomic'}"/>`;
      cursor = bottom + (children.length > 0 ? 4 : 6);
    };
    const regionState = states.find((s) => s.depth === 0);
    if (regionState !== undefined) {
      if (rowsOf(regionState).length > 0) box(regionState);
      for (const s of states.filter((c) => c.depth === 1)) box(s);
    }
    // Arrows leave their row at the box's right edge, run down or up a lane of their own and
    // enter the target's title row from the right. Lanes are reused where spans do not overlap.
    const spans = arrows
      .map((a) => {
        const target = anchors.get(a.to);
        const toY = target?.titleY ?? a.fromY;
        return {
          ...a,
          toY,
          toX: target?.right ?? a.fromX,
          low: Math.min(a.fromY, toY),
          high: Math.max(a.fromY, toY),
        };
      })
      .sort((a, b) => a.high - a.low - (b.high - b.low) || a.low - b.low);
    /** @type {{ low: number, high: number }[][]} */
    const lanes = [];
    const laneStart = x + PAD + inner + 10;
    /** @type {string[]} */
    const paths = [];
    for (const span of spans) {
      let lane = lanes.findIndex((used) =>
        used.every((u) => span.high + 3 < u.low || span.low - 3 > u.high),
      );
      if (lane === -1) lane = lanes.push([]) - 1;
      lanes[lane]?.push(span);
      const laneX = laneStart + lane * LANE;
      paths.push(
        `<path d="M${px(span.fromX)} ${px(span.fromY)}H${px(laneX)}V${px(span.toY)}H${px(span.toX + 1)}" class="edge" marker-end="url(#arrow)"/>`,
      );
    }
    const width = inner + 2 * PAD + 10 + lanes.length * LANE + PAD;
    const height = cursor - y + PAD;
    return {
      width,
      height,
      body: [
        `<rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${px(height)}" rx="8" class="region"/>`,
        ...body,
        ...paths,
      ],
    };
  };

  const margin = 16;
  const header = 52;
  const [first, ...rest] = model.regions;
  const left =
    first === undefined ? { width: 0, height: 0, body: [] } : panel(first, margin, header);
  let y = header;
  let rightWidth = 0;
  /** @type {string[]} */
  const rightBody = [];
  const rightX = margin + left.width + margin;
  for (const region of rest) {
    const p = panel(region, rightX, y);
    rightBody.push(...p.body);
    rightWidth = Math.max(rightWidth, p.width);
    y += p.height + margin;
  }
  const width = Math.ceil(rightX + rightWidth + margin);
  const notesY = Math.max(header + left.height, y - margin) + 24;
  const notes = [
    '●: initial state.  A row: event [condition] → target.  …: further conditions (see caseMachine).',
    '(no change): the event is accepted and this region stays where it is; an event happens only',
    'if every region that reacts to it accepts it. Generated from caseMachine by',
    'scripts/machine-diagram.mjs: do not edit.',
  ];
  const height = Math.ceil(notesY + notes.length * LINE + margin);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`,
    `<title id="title">The case machine (${xml(model.id)}): ${model.regions.map(xml).join(', ')}</title>`,
    `<desc id="desc">${model.states.length} states and ${model.transitions.length} transitions of caseMachine, one panel per parallel region.</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L8 4L0 8z" class="head"/></marker></defs>',
    `<style>text{font-family:${FONT};font-size:${SIZE}px;fill:#1f2328}` +
      '.title{font-size:16px;font-weight:bold}.region{font-weight:bold;fill:#0b4f8a}' +
      'rect.region{fill:#f3f7fb;stroke:#9bb7d4}.compound{fill:#fbfdff;stroke:#6b8fb3}' +
      '.atomic{fill:#fff;stroke:#6b8fb3}.anybox{fill:#fff8e8;stroke:#d9b36b;stroke-dasharray:4 3}' +
      '.state,.any{font-weight:bold}.row{fill:#3d4650}.initial{fill:#1f2328}' +
      '.edge{fill:none;stroke:#b0563c;stroke-width:1.2}.head{fill:#b0563c}.note{fill:#57606a}</style>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin}" y="28" class="title">caseMachine: ${model.regions.length} parallel regions (${model.regions.map(xml).join(', ')})</text>`,
    ...left.body,
    ...rightBody,
    ...notes.map(
      (line, i) =>
        `<text x="${margin}" y="${px(notesY + i * LINE)}" class="note">${xml(line)}</text>`,
    ),
    '</svg>',
    '',
  );
  return out.join('\n');
}

// ——— Markdown ———————————————————————————————————————————————————————————————————————————

/** @param {string} text */
const cell = (text) => text.replaceAll('|', '\\|');

/**
 * The machine as two markdown tables (states, transitions), formatted as prettier formats them,
 * so that the committed file passes `prettier --check`.
 * @param {MachineModel} model
 * @returns {Promise<string>}
 */
export async function renderTable(model) {
  const byPath = new Map(model.states.map((s) => [s.path, s]));
  const lines = [
    '<!-- Generated by scripts/machine-diagram.mjs from caseMachine: do not edit. -->',
    '',
    `**States** (${model.states.length}; \`#id\` is how a transition names its target):`,
    '',
    '| region | state | Chinese | id | kind | initial |',
    '| --- | --- | --- | --- | --- | --- |',
    ...model.states.map((s) =>
      [
        s.region,
        s.name === '*' ? '(the region)' : `\`${s.name}\``,
        s.chinese ?? '',
        s.id === `${model.id}.${s.path}` ? '' : `\`#${s.id}\``,
        s.type,
        s.initial ? 'yes' : '',
      ]
        .map(cell)
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
    '',
    `**Transitions** (${model.transitions.length}; a transition on a region's own node applies in any of its states; "…": further conditions in \`caseMachine\`):`,
    '',
    '| region | from | event | condition | to |',
    '| --- | --- | --- | --- | --- |',
    ...model.transitions.map((t) => {
      const source = byPath.get(t.source);
      const target = t.target === undefined ? undefined : byPath.get(t.target);
      return [
        source?.region ?? '',
        source === undefined || source.name === '*' ? '(any)' : `\`${source.name}\``,
        `\`${t.event}\``,
        [t.condition, t.guarded ? '…' : ''].filter(Boolean).join(', '),
        target === undefined
          ? '(no change)'
          : target.name === '*'
            ? target.region
            : `\`${target.name}\``,
      ]
        .map(cell)
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |');
    }),
    '',
  ];
  const options = (await prettier.resolveConfig(TABLE_PATH)) ?? {};
  return prettier.format(lines.join('\n'), { ...options, filepath: TABLE_PATH });
}

/**
 * Both generated files' contents for a machine.
 * @param {{ id: string, root: unknown }} machine
 * @returns {Promise<{ svg: string, table: string }>}
 */
export async function renderMachine(machine) {
  const model = describeMachine(machine);
  return { svg: renderSvg(model), table: await renderTable(model) };
}

async function main() {
  const check = process.argv.includes('--check');
  /** @type {{ caseMachine: { id: string, root: unknown } }} */
  let core;
  try {
    core = /** @type {typeof core} */ (await import('@wangge/core'));
  } catch (error) {
    console.error(
      'machine diagram: cannot import the built @wangge/core (packages/core/dist): run `npm run build` first.',
    );
    console.error(String(error));
    process.exit(1);
  }
  const fresh = await renderMachine(core.caseMachine);
  const files = /** @type {const} */ ([
    [SVG_PATH, fresh.svg],
    [TABLE_PATH, fresh.table],
  ]);
  if (!check) {
    for (const [path, text] of files) await writeFile(path, text);
    console.log(`machine diagram: wrote ${SVG_PATH} and ${TABLE_PATH}`);
    return;
  }
  const stale = [];
  for (const [path, text] of files) {
    const committed = await readFile(path, 'utf8').catch(() => undefined);
    if (committed !== text) stale.push(path);
  }
  if (stale.length > 0) {
    console.error(
      `machine diagram is stale (${stale.join(', ')}): run \`node scripts/machine-diagram.mjs\` after \`npm run build\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('machine diagram is up to date.');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
