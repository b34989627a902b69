import { difference, intersection } from 'polyclip-ts';
import { relateBoundary } from './boundary-relation.js';
import {
  boxOverlapBound,
  boxOverlapPlanar,
  interiorPoint,
  piecesBySize,
  planarArea,
  squareMetresPerSquareDegree,
} from './clip-geometry.js';
import { layerIssue, type LayerIssue } from './layer-issue.js';
import { clipSafely, groupKey, type LayerUnit, type PreparedLayer } from './layer-units.js';

/**
 * Whether two units are siblings whose overlap is a mistake: same level and same parent (or both
 * without one), and both ordinary or both exclusive. An exclusive grid (专属网格) lies inside the
 * ordinary grid around it by design, so that pair is never reported.
 */
function competing(a: LayerUnit, b: LayerUnit): boolean {
  return a.level === b.level && a.parentId === b.parentId && a.exclusive === b.exclusive;
}

/**
 * Whether the interiors of two single-part units with simple rings are provably disjoint: no edge
 * crossings, neither boundary inside the other, and some boundary outside the other (which rules
 * out two identical polygons). Neighbours that share a border pass this without the clipper.
 */
function disjointInteriors(layer: PreparedLayer, a: LayerUnit, b: LayerUnit): boolean {
  if (!a.simple || !b.simple || a.clip.length !== 1 || b.clip.length !== 1) return false;
  const ea = layer.edges(a);
  const eb = layer.edges(b);
  if (!ea || !eb) return false;
  const ab = relateBoundary(ea, eb, 'inside');
  if (!ab) return false;
  const ba = relateBoundary(eb, ea, 'inside');
  return ba !== undefined && (ab.someOutside || ba.someOutside);
}

function addSlack(layer: PreparedLayer, unit: LayerUnit, squareDegrees: number): void {
  const key = groupKey(unit.parentId, unit.level, unit.exclusive);
  layer.overlapSlack.set(key, (layer.overlapSlack.get(key) ?? 0) + squareDegrees);
}

/**
 * Finds overlaps between sibling units: one `overlap` issue per pair whose common area exceeds
 * `minArea`, with the total area and a point inside its largest piece. Candidate pairs come from
 * the bbox index; pairs whose boxes share less than `minArea`, and neighbours whose interiors are
 * provably disjoint, skip the clipper. What is left unproven is recorded for the gap check.
 *
 * @internal
 */
export function checkOverlaps(
  layer: PreparedLayer,
  minArea: number,
  out: LayerIssue[],
  failed: Map<string, LayerIssue>,
): void {
  const { units, index } = layer;
  if (!index) return;
  for (const a of units) {
    if (a.clip.length === 0) continue;
    const candidates = index.search(...a.bbox).sort((x, y) => x - y);
    for (const j of candidates) {
      const b = units[j];
      if (!b || j <= a.index || b.clip.length === 0 || !competing(a, b)) continue;
      if (boxOverlapBound(a.bbox, b.bbox) <= minArea) {
        addSlack(layer, a, boxOverlapPlanar(a.bbox, b.bbox));
        continue;
      }
      if (disjointInteriors(layer, a, b)) continue;
      const common = clipSafely([a, b], failed, () => intersection(a.clip, b.clip));
      if (!common) {
        addSlack(layer, a, boxOverlapPlanar(a.bbox, b.bbox));
        continue;
      }
      addSlack(layer, a, planarArea(common));
      const pieces = piecesBySize(common);
      const total = pieces.reduce((sum, piece) => sum + piece.areaSquareMetres, 0);
      const largest = pieces[0];
      if (total <= minArea || !largest) continue;
      out.push(
        layerIssue('overlap', ['features', a.index], {
          featureIds: [a.id, b.id],
          areaSquareMetres: total,
          location: interiorPoint(largest.polygon),
        }),
      );
    }
  }
}

/**
 * Whether a parent is provably covered by its children up to `minArea`, from planar areas alone:
 * the uncovered area is at most the parent's area minus what each child puts inside it, plus
 * what the children share (inclusion–exclusion). Planar areas are used because they add up
 * exactly over a partition, where geodesic ones drift by square metres along long edges.
 */
function provablyCovered(
  layer: PreparedLayer,
  parent: LayerUnit,
  children: readonly LayerUnit[],
  minArea: number,
): boolean {
  if (!parent.simple) return false;
  const first = children[0];
  if (!first) return false;
  let uncovered = planarArea(parent.clip);
  for (const child of children) {
    const outside = layer.outsideArea.get(child.index);
    if (!child.simple || outside === undefined) return false;
    uncovered -= planarArea(child.clip) - outside;
  }
  uncovered += layer.overlapSlack.get(groupKey(parent.id, first.level, false)) ?? 0;
  return uncovered * squareMetresPerSquareDegree(parent.bbox) <= minArea;
}

/**
 * Finds gaps: for each parent unit of the layer that has ordinary children, the parts of it that
 * none of them covers. Each separate piece above `minArea` is its own `gap` issue, because pieces
 * can lie far apart and each is fixed on its own; a threshold per piece also keeps the digitising
 * slivers along shared borders out of the report. Runs after the overlap and containment checks.
 *
 * @internal
 */
export function checkGaps(
  layer: PreparedLayer,
  minArea: number,
  out: LayerIssue[],
  failed: Map<string, LayerIssue>,
): void {
  const children = new Map<LayerUnit, LayerUnit[]>();
  for (const unit of layer.units) {
    if (unit.parentId === undefined || unit.exclusive || unit.clip.length === 0) continue;
    const parent = layer.byId.get(unit.parentId);
    // A child of the wrong level is reported by the parent checks; its area says nothing here.
    if (parent?.rank !== unit.rank - 1) continue;
    const list = children.get(parent);
    if (list) list.push(unit);
    else children.set(parent, [unit]);
  }
  for (const parent of layer.units) {
    const list = children.get(parent);
    if (!list || parent.clip.length === 0) continue;
    if (provablyCovered(layer, parent, list, minArea)) continue;
    const uncovered = clipSafely([parent], failed, () =>
      difference(parent.clip, ...list.map((child) => child.clip)),
    );
    if (!uncovered) continue;
    for (const piece of piecesBySize(uncovered)) {
      if (piece.areaSquareMetres <= minArea) break;
      out.push(
        layerIssue('gap', ['features', parent.index], {
          featureIds: [parent.id],
          areaSquareMetres: piece.areaSquareMetres,
          location: interiorPoint(piece.polygon),
        }),
      );
    }
  }
}
