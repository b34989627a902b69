import Flatbush from 'flatbush';
import { edgeSet, type EdgeSet } from './boundary-relation.js';
import { bboxOf, toClipMultiPolygon, type BBox, type ClipMultiPolygon } from './clip-geometry.js';
import { LAYER_LEVELS, type GridLayer } from './grid-layer.js';
import { layerIssue, type LayerIssue } from './layer-issue.js';

/**
 * A feature of the layer prepared once for the area checks: its place in the layer, its geometry
 * as the clipper takes it and its box.
 *
 * @internal
 */
export interface LayerUnit {
  /** Index in `layer.features`. */
  readonly index: number;
  readonly id: string;
  readonly level: (typeof LAYER_LEVELS)[number];
  /** Position of the level in {@link LAYER_LEVELS}: 0 for a district. */
  readonly rank: number;
  readonly parentId: string | undefined;
  readonly exclusive: boolean;
  readonly clip: ClipMultiPolygon;
  readonly bbox: BBox;
  /**
   * Whether its rings passed the ring checks: only then may the fast relation tests (which assume
   * simple rings) stand in for the clipper.
   */
  readonly simple: boolean;
}

/**
 * The prepared units, a bbox index over them (undefined for an empty layer: Flatbush refuses
 * zero items), and the first unit of each id.
 *
 * @internal
 */
export interface PreparedLayer {
  readonly units: readonly LayerUnit[];
  readonly index: Flatbush | undefined;
  readonly byId: ReadonlyMap<string, LayerUnit>;
  /** The edge set of a unit, built on first use. */
  readonly edges: (unit: LayerUnit) => EdgeSet | undefined;
  /**
   * Per sibling group (`groupKey`), an upper bound of the area (square degrees) shared by its
   * members, filled by the overlap check for the gap check.
   */
  readonly overlapSlack: Map<string, number>;
  /** Per unit index, the area (square degrees) outside its parent, filled by the containment check. */
  readonly outsideArea: Map<number, number>;
}

/** The key of a group of competing siblings. @internal */
export function groupKey(parentId: string | undefined, level: string, exclusive: boolean): string {
  return `${parentId ?? ''}\u0000${level}\u0000${exclusive ? 'x' : 'o'}`;
}

/**
 * Prepares the units of a layer; `troubled` holds the indexes of features whose rings have
 * problems.
 *
 * @internal
 */
export function prepareLayer(layer: GridLayer, troubled: ReadonlySet<number>): PreparedLayer {
  const units = layer.features.map((feature, index): LayerUnit => {
    const { id, level, parentId, kind } = feature.properties;
    return {
      index,
      id,
      level,
      rank: LAYER_LEVELS.indexOf(level),
      parentId,
      exclusive: kind === 'exclusive',
      clip: toClipMultiPolygon(feature.geometry),
      bbox: bboxOf(feature.geometry),
      simple: !troubled.has(index),
    };
  });
  let index: Flatbush | undefined;
  if (units.length > 0) {
    index = new Flatbush(units.length);
    for (const unit of units) index.add(...unit.bbox);
    index.finish();
  }
  const byId = new Map<string, LayerUnit>();
  for (const unit of units) if (!byId.has(unit.id)) byId.set(unit.id, unit);
  const cache = new Map<LayerUnit, EdgeSet | undefined>();
  const edges = (unit: LayerUnit) => {
    if (!cache.has(unit)) cache.set(unit, edgeSet(unit.clip, unit.bbox));
    return cache.get(unit);
  };
  return { units, index, byId, edges, overlapSlack: new Map(), outsideArea: new Map() };
}

/**
 * Runs one clipper operation; if the clipper throws (it can on rings that cross themselves
 * badly), records an `area_check_failed` issue once per set of features instead of failing the
 * whole validation.
 *
 * @internal
 */
export function clipSafely<T>(
  units: readonly LayerUnit[],
  failed: Map<string, LayerIssue>,
  run: () => T,
): T | undefined {
  try {
    return run();
  } catch {
    const featureIds = units.map((u) => u.id);
    const key = featureIds.join('\u0000');
    const first = units[0];
    if (first && !failed.has(key)) {
      failed.set(key, layerIssue('area_check_failed', ['features', first.index], { featureIds }));
    }
    return undefined;
  }
}
