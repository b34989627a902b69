import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MapTile } from './map-tiles.js';
import { clusterRadius, type MarkerCluster } from './marker-clusters.js';
import type { MapTransform, MapViewport } from './map-view.js';

/**
 * The raster tiles, in the base frame (inside the map's scaled group). Keyed, so that a tile
 * already loaded stays when the view moves.
 */
export function tilesTemplate(tiles: readonly MapTile[]): SVGTemplateResult {
  return svg`${repeat(
    tiles,
    (tile) => tile.key,
    (tile) =>
      svg`<image href=${tile.href} x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size}
        preserveAspectRatio="none"></image>`,
  )}`;
}

const DIAMOND = 'M0 -8L8 0L0 8L-8 0Z';
const PIN = 'M0 0C-2 -6 -9 -10 -9 -17A9 9 0 1 1 9 -17C9 -10 2 -6 0 0Z';

/**
 * Markers and cluster badges in screen scale (inside the overlay group, which only translates):
 * their size stays the same at every zoom. Only those within a viewport's margin of the screen
 * are drawn. An overdue case is a diamond in the danger colour, not only a different colour, so
 * that it still reads without colour vision; a badge with overdue cases gets a danger ring.
 */
export function markersTemplate(
  clusters: readonly MarkerCluster[],
  t: MapTransform,
  viewport: MapViewport,
): SVGTemplateResult {
  const margin = Math.max(viewport.width, viewport.height);
  const shown = clusters.filter((c) => {
    const x = c.x * t.s + t.tx;
    const y = c.y * t.s + t.ty;
    return (
      x > -margin && y > -margin && x < viewport.width + margin && y < viewport.height + margin
    );
  });
  return svg`${shown.map((c) => {
    const x = c.x * t.s;
    const y = c.y * t.s;
    if (c.count === 1) {
      const overdue = c.first.marker.overdue === true;
      return overdue
        ? svg`<path class="marker overdue" transform="translate(${x} ${y})" d=${DIAMOND}></path>`
        : svg`<circle class="marker" cx=${x} cy=${y} r=${clusterRadius(1)}></circle>`;
    }
    const r = clusterRadius(c.count);
    return svg`<g class=${c.overdue > 0 ? 'cluster has-overdue' : 'cluster'}
      transform="translate(${x} ${y})">
      <circle r=${r}></circle>
      <text dy="0.35em">${c.count > 999 ? '999+' : c.count}</text>
    </g>`;
  })}`;
}

/** The picked point's pin, in screen scale. */
export function pinTemplate(at: readonly [number, number] | undefined): SVGTemplateResult {
  return svg`${
    at ? svg`<path class="pin" transform="translate(${at[0]} ${at[1]})" d=${PIN}></path>` : nothing
  }`;
}
