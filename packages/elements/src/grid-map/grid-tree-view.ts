import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { UnitCaseCounts } from './map-colors.js';
import type { MapUnit } from './map-geometry.js';
import {
  TREE_PAGE,
  revealPath,
  treeRows,
  type GridTree,
  type TreeNode,
  type TreeRow,
} from './grid-tree.js';

/** What the tree shows, given by the map at each render. */
export interface TreeContext {
  readonly tree: GridTree;
  readonly label: string;
  readonly selected: string | undefined;
  readonly name: (unit: MapUnit) => string;
  /** The unit's counts, or undefined when the host gave none. */
  readonly counts: (unit: MapUnit) => UnitCaseCounts | undefined;
  readonly countsText: (counts: UnitCaseCounts) => string;
  /**
   * The unit's value as shown and as spoken, when the map is coloured by value (it then shows
   * instead of the counts).
   */
  readonly value?: (unit: MapUnit) => { readonly shown: string; readonly spoken: string };
  readonly showMoreText: (remaining: number) => string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The map's accessible alternative: the grid hierarchy as an ARIA tree (the APG "tree view"
 * pattern) with a roving tabindex. One row is in the tab order; arrow keys move between the
 * visible rows, Right and Left expand, enter or leave a unit, Home and End go to the ends,
 * typing a character moves to the next unit whose name starts with it, and Enter or Space
 * chooses the unit (`onChoose`, which selects it or, in pick mode, picks a point inside it).
 *
 * The rows are flat (`aria-level`, `aria-setsize`, `aria-posinset` instead of nested groups), so
 * that only the expanded part of a 20,000-unit layer is in the DOM; long sibling lists are paged
 * by a "show more" row.
 */
export class GridTreeView {
  readonly #host: Host;
  readonly #onChoose: (unit: MapUnit) => void;
  #tree: GridTree | undefined;
  #expanded = new Set<string>();
  #limits = new Map<string, number>();
  #active: string | undefined;
  #rows: TreeRow[] = [];
  #typed = '';
  #typedAt = 0;

  constructor(host: Host, onChoose: (unit: MapUnit) => void) {
    this.#host = host;
    this.#onChoose = onChoose;
  }

  /** The key of the row in the tab order. */
  get activeKey(): string | undefined {
    return this.#active;
  }

  /** Expands the tree down to a unit and makes it the row in the tab order (without focus). */
  reveal(id: string): void {
    if (this.#tree && revealPath(this.#tree, id, this.#expanded, this.#limits)) {
      this.#active = id;
      this.#host.requestUpdate();
    }
  }

  render(context: TreeContext): TemplateResult {
    if (context.tree !== this.#tree) {
      this.#tree = context.tree;
      this.#expanded = new Set();
      this.#limits = new Map();
      this.#active = undefined;
      if (context.selected)
        revealPath(context.tree, context.selected, this.#expanded, this.#limits);
    }
    const rows = treeRows(context.tree, this.#expanded, this.#limits);
    this.#rows = rows;
    const active = rows.some((row) => row.key === this.#active) ? this.#active : rows[0]?.key;
    return html`<div
      part="tree"
      class="tree"
      role="tree"
      aria-label=${context.label}
      @keydown=${this.#onKeyDown}
      @click=${this.#onClick}
    >
      ${repeat(
        rows,
        (row) => row.key,
        (row) => this.#renderRow(row, row.key === active, context),
      )}
    </div>`;
  }

  #renderRow(row: TreeRow, active: boolean, context: TreeContext): TemplateResult {
    if (row.kind === 'more') {
      return html`<div
        role="treeitem"
        part="tree-item tree-more"
        class="item more"
        data-key=${row.key}
        aria-level=${row.depth}
        tabindex=${active ? 0 : -1}
      >
        <span class="toggle" aria-hidden="true"></span>
        <span class="name">${context.showMoreText(row.remaining)}</span>
      </div>`;
    }
    const { unit, children } = row.node;
    const expandable = children.length > 0;
    const expanded = expandable && this.#expanded.has(unit.id);
    const selected = context.selected === unit.id;
    const value = context.value?.(unit);
    const counts = value ? undefined : context.counts(unit);
    return html`<div
      role="treeitem"
      part=${selected ? 'tree-item tree-item-selected' : 'tree-item'}
      class="item"
      data-key=${row.key}
      data-level=${unit.level}
      aria-level=${row.node.depth}
      aria-setsize=${row.setSize}
      aria-posinset=${row.posInSet}
      aria-expanded=${expandable ? String(expanded) : nothing}
      aria-selected=${String(selected)}
      tabindex=${active ? 0 : -1}
    >
      <span class="toggle" data-toggle aria-hidden="true">${expandable ? '▸' : ''}</span>
      <span class="name">${context.name(unit)}</span>
      ${
        value
          ? html`<span class="value" aria-hidden="true">${value.shown}</span
              ><span class="visually-hidden">, ${value.spoken}</span>`
          : nothing
      }
      ${
        counts
          ? html`<span class="counts" aria-hidden="true"
                ><span class="count open">${counts.open}</span
                ><span class="count overdue">${counts.overdue}</span></span
              ><span class="visually-hidden">, ${context.countsText(counts)}</span>`
          : nothing
      }
    </div>`;
  }

  #rowOf(event: Event): TreeRow | undefined {
    const target = event.target instanceof Element ? event.target : undefined;
    const key = target?.closest('[role="treeitem"]')?.getAttribute('data-key');
    return this.#rows.find((row) => row.key === key);
  }

  #onClick = (event: MouseEvent): void => {
    const row = this.#rowOf(event);
    if (!row) return;
    this.#active = row.key;
    const onToggle = event.target instanceof Element && event.target.hasAttribute('data-toggle');
    if (row.kind === 'unit' && onToggle && row.node.children.length > 0) this.#toggle(row.node);
    else this.#activate(row);
    this.#host.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const row = this.#rowOf(event);
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = this.#rows;
    const i = rows.indexOf(row);
    let next: TreeRow | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = rows[i + 1];
        break;
      case 'ArrowUp':
        next = rows[i - 1];
        break;
      case 'Home':
        next = rows[0];
        break;
      case 'End':
        next = rows.at(-1);
        break;
      case 'ArrowRight':
        if (row.kind === 'unit' && row.node.children.length > 0) {
          if (this.#expanded.has(row.node.unit.id)) next = rows[i + 1];
          else this.#toggle(row.node);
        }
        break;
      case 'ArrowLeft':
        if (row.kind === 'unit' && this.#expanded.has(row.node.unit.id)) this.#toggle(row.node);
        else next = this.#parentRow(row);
        break;
      case 'Enter':
      case ' ':
        this.#activate(row);
        break;
      default:
        if (event.key.length !== 1 || event.key.trim() === '') return;
        next = this.#typeAhead(event.key, i);
        if (!next) return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (next) void this.#focus(next.key);
    else this.#host.requestUpdate();
  };

  #parentRow(row: TreeRow): TreeRow | undefined {
    const parentId = row.kind === 'unit' ? row.node.parent?.unit.id : row.list || undefined;
    return parentId === undefined ? undefined : this.#rows.find((r) => r.key === parentId);
  }

  #toggle(node: TreeNode): void {
    const id = node.unit.id;
    if (this.#expanded.has(id)) this.#expanded.delete(id);
    else this.#expanded.add(id);
    this.#active = id;
    this.#host.requestUpdate();
  }

  #activate(row: TreeRow): void {
    if (row.kind === 'more') {
      const shown = this.#limits.get(row.list) ?? TREE_PAGE;
      this.#limits.set(row.list, shown + TREE_PAGE);
      // Focus goes to the first of the rows just shown, which takes the "more" row's place.
      const index = this.#rows.indexOf(row);
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => {
        const first = this.#rows[index];
        if (first) void this.#focus(first.key);
      });
      return;
    }
    this.#active = row.key;
    this.#onChoose(row.node.unit);
  }

  #typeAhead(char: string, from: number): TreeRow | undefined {
    const now = performance.now();
    this.#typed = now - this.#typedAt < 700 ? this.#typed + char : char;
    this.#typedAt = now;
    const wanted = this.#typed.toLocaleLowerCase();
    const rows = this.#rows;
    const start = this.#typed.length > 1 ? from : from + 1;
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[(start + k) % rows.length];
      const name =
        row?.kind === 'unit'
          ? (this.#host.shadowRoot
              ?.querySelector(`[data-key="${CSS.escape(row.key)}"] .name`)
              ?.textContent.trim() ?? '')
          : '';
      if (row && name.toLocaleLowerCase().startsWith(wanted)) return row;
    }
    return undefined;
  }

  async #focus(key: string): Promise<void> {
    this.#active = key;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.shadowRoot
      ?.querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(key)}"]`)
      ?.focus();
  }
}
