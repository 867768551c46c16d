// Pairs base and head layers: by name first, then by operator + output-shape signature, so that an
// exporter renumbering nodes (`/layer1/conv_3` → `Conv_12`) is not reported as a removal plus an addition.
import type { LayerEstimate } from '../estimate/index.js';
import type { LayerDelta, LayerDiff, LayerSide } from './types.js';

export interface PairOptions {
  /** How many top contributors to keep (default 10). */
  topN?: number;
}

interface Pair {
  base: LayerEstimate;
  head: LayerEstimate;
  byName: boolean;
}

function signature(layer: LayerEstimate): string {
  return `${layer.op}|${layer.outputShapes.map((s) => s.join('x')).join(',')}`;
}

/** Groups layers by key, keeping graph order inside each group. */
function groupBy(layers: LayerEstimate[], key: (l: LayerEstimate) => string): Map<string, LayerEstimate[]> {
  const groups = new Map<string, LayerEstimate[]>();
  for (const layer of layers) {
    const k = key(layer);
    const group = groups.get(k);
    if (group) group.push(layer);
    else groups.set(k, [layer]);
  }
  return groups;
}

/** Matches head layers to base layers with the same key, in graph order; returns the leftovers. */
function matchBy(
  base: LayerEstimate[],
  head: LayerEstimate[],
  key: (l: LayerEstimate) => string,
  byName: boolean,
  pairs: Pair[],
): { base: LayerEstimate[]; head: LayerEstimate[] } {
  const pool = groupBy(base, key);
  const used = new Set<LayerEstimate>();
  const headLeft: LayerEstimate[] = [];
  for (const h of head) {
    const b = pool.get(key(h))?.shift();
    if (b) {
      pairs.push({ base: b, head: h, byName });
      used.add(b);
    } else headLeft.push(h);
  }
  return { base: base.filter((b) => !used.has(b)), head: headLeft };
}

function side(layer: LayerEstimate): LayerSide {
  return { name: layer.name, op: layer.op, energyJ: layer.energyJ, macs: layer.macs, outputShapes: layer.outputShapes, status: layer.status };
}

function sameCost(a: LayerEstimate, b: LayerEstimate): boolean {
  return (
    a.op === b.op &&
    a.energyJ === b.energyJ &&
    a.macs === b.macs &&
    a.status === b.status &&
    signature(a) === signature(b)
  );
}

/**
 * Largest |ΔJ| first. Used with a stable sort over deltas listed in graph order (changed and added in
 * head order, then removed in base order), so equal changes, e.g. of identical transformer blocks,
 * keep the order of the graph.
 */
export function compareDeltas(a: LayerDelta, b: LayerDelta): number {
  return Math.abs(b.deltaJ) - Math.abs(a.deltaJ);
}

/** Changed, added and removed layers as one list, largest |ΔJ| first, graph order among equals. */
export function sortedDeltas(changed: LayerDelta[], added: LayerDelta[], removed: LayerDelta[]): LayerDelta[] {
  return [...changed, ...added, ...removed].sort(compareDeltas);
}

export function pairLayers(base: LayerEstimate[], head: LayerEstimate[], opts: PairOptions = {}): LayerDiff {
  const pairs: Pair[] = [];
  const afterName = matchBy(base, head, (l) => l.name, true, pairs);
  const left = matchBy(afterName.base, afterName.head, signature, false, pairs);

  const changed: LayerDelta[] = [];
  let unchangedCount = 0;
  let renamedCount = 0;
  const headIndex = new Map(head.map((l, i) => [l, i]));
  pairs.sort((a, b) => (headIndex.get(a.head) ?? 0) - (headIndex.get(b.head) ?? 0));
  for (const p of pairs) {
    if (!p.byName) renamedCount++;
    if (sameCost(p.base, p.head)) {
      unchangedCount++;
      continue;
    }
    changed.push({
      kind: 'changed',
      name: p.head.name,
      ...(p.byName ? {} : { oldName: p.base.name }),
      op: p.head.op,
      base: side(p.base),
      head: side(p.head),
      deltaJ: p.head.energyJ - p.base.energyJ,
      deltaMacs: p.head.macs - p.base.macs,
    });
  }
  const added: LayerDelta[] = left.head.map((h) => ({
    kind: 'added', name: h.name, op: h.op, base: null, head: side(h), deltaJ: h.energyJ, deltaMacs: h.macs,
  }));
  const removed: LayerDelta[] = left.base.map((b) => ({
    kind: 'removed', name: b.name, op: b.op, base: side(b), head: null, deltaJ: -b.energyJ, deltaMacs: -b.macs,
  }));
  const top = sortedDeltas(changed, added, removed).slice(0, opts.topN ?? 10);
  return { added, removed, changed, top, unchangedCount, renamedCount };
}
