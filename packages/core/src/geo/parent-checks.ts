import { difference } from 'polyclip-ts';
import { relateBoundary } from './boundary-relation.js';
import { interiorPoint, piecesBySize, planarArea } from './clip-geometry.js';
import { LAYER_LEVELS } from './grid-layer.js';
import { layerIssue, type LayerIssue } from './layer-issue.js';
import { clipSafely, type LayerUnit, type PreparedLayer } from './layer-units.js';

/**
 * Whether a unit is provably inside its parent: no edge of the unit crosses the parent's boundary
 * or lies outside it. Enough only for a parent without holes and in one part (a unit could
 * otherwise surround a hole, or bridge two parts); the unit's own rings must be simple.
 */
function provablyInside(layer: PreparedLayer, unit: LayerUnit, parent: LayerUnit): boolean {
  if (!unit.simple || !parent.simple || parent.clip.length !== 1) return false;
  if ((parent.clip[0]?.length ?? 0) !== 1) return false;
  const edges = layer.edges(unit);
  const parentEdges = layer.edges(parent);
  return !!edges && !!parentEdges && relateBoundary(edges, parentEdges, 'outside') !== undefined;
}

/**
 * Checks each unit's `parentId`: that it names a feature (when the layer has features of the
 * parent's level at all: a layer of grids alone cannot hold their communities), and that the
 * parent is of the level directly above (a grid's parent is a community, as in the district
 * bundle).
 *
 * @internal
 */
export function checkParents(layer: PreparedLayer, out: LayerIssue[]): void {
  const levelsPresent = new Set(layer.units.map((u) => u.rank));
  for (const unit of layer.units) {
    if (unit.parentId === undefined) continue;
    const expectedLevel = LAYER_LEVELS[unit.rank - 1];
    const path = ['features', unit.index, 'properties', 'parentId'];
    const featureIds = [unit.id, unit.parentId];
    const parent = layer.byId.get(unit.parentId);
    if (!parent) {
      if (levelsPresent.has(unit.rank - 1)) {
        out.push(
          layerIssue('unknown_parent', path, {
            featureIds,
            ...(expectedLevel ? { params: { expectedLevel } } : {}),
          }),
        );
      }
      continue;
    }
    if (parent.rank !== unit.rank - 1) {
      out.push(
        layerIssue('wrong_parent_level', path, {
          featureIds,
          params: {
            actualLevel: parent.level,
            // A district has no parent level: say "nothing" rather than invent one.
            expectedLevel: expectedLevel ?? '—',
          },
        }),
      );
    }
  }
}

/**
 * Finds units that extend outside their parent: one `outside_parent` issue per unit whose area
 * outside the parent exceeds `minArea`, with that area and a point inside its largest piece.
 * Applies to exclusive units too: an exclusive grid stays inside its community. Records each
 * unit's area outside its parent for the gap check.
 *
 * @internal
 */
export function checkContainment(
  layer: PreparedLayer,
  minArea: number,
  out: LayerIssue[],
  failed: Map<string, LayerIssue>,
): void {
  for (const unit of layer.units) {
    if (unit.parentId === undefined || unit.clip.length === 0) continue;
    const parent = layer.byId.get(unit.parentId);
    if (parent?.rank !== unit.rank - 1 || parent.clip.length === 0) continue;
    if (provablyInside(layer, unit, parent)) {
      layer.outsideArea.set(unit.index, 0);
      continue;
    }
    const outside = clipSafely([unit, parent], failed, () => difference(unit.clip, parent.clip));
    if (!outside) continue;
    layer.outsideArea.set(unit.index, planarArea(outside));
    const pieces = piecesBySize(outside);
    const total = pieces.reduce((sum, piece) => sum + piece.areaSquareMetres, 0);
    const largest = pieces[0];
    if (total <= minArea || !largest) continue;
    out.push(
      layerIssue('outside_parent', ['features', unit.index], {
        featureIds: [unit.id, parent.id],
        areaSquareMetres: total,
        location: interiorPoint(largest.polygon),
      }),
    );
  }
}
