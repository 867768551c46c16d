// Topological order of a graph's nodes: exporters and hand edits may list nodes out of order.
import { EnergyDiffError } from '../common/index.js';
import type { ModelNode } from './model-types.js';

/**
 * Kahn's algorithm over tensor names. Names produced by no node are graph inputs, initializers or
 * outer-scope values (subgraphs); they are available from the start. Ties keep file order.
 */
export function topoSort(nodes: ModelNode[], file?: string): ModelNode[] {
  const n = nodes.length;
  const producer = new Map<string, number>();
  for (let i = 0; i < n; i++) for (const o of nodes[i]!.outputs) if (o !== '') producer.set(o, i);
  // Exporters write nodes in order: when every node reads only what earlier nodes produce, Kahn's order with
  // file-order ties is the file order itself (node i is always the smallest ready index), so it is returned
  // without building the dependency lists and the heap.
  if (inFileOrder(nodes, producer)) return nodes.slice();
  // Dependencies of every node as one flat list (CSR), deduplicated per node: no per-node sets or arrays.
  const depStart = new Int32Array(n + 1);
  const deps: number[] = [];
  for (let i = 0; i < n; i++) {
    depStart[i] = deps.length;
    const node = nodes[i]!;
    const names = hasSubgraph(node) ? [...node.inputs, ...implicitInputs(node)] : node.inputs;
    // A scan of the few dependencies so far; a set for wide nodes (a Concat of 10^5 inputs).
    const seen = names.length > 16 ? new Set<number>() : undefined;
    for (const name of names) {
      const p = producer.get(name);
      if (p === undefined || p === i) continue;
      if (seen) {
        if (seen.has(p)) continue;
        seen.add(p);
      } else if (hasFrom(deps, depStart[i]!, p)) continue;
      deps.push(p);
    }
  }
  depStart[n] = deps.length;
  const indegree = new Int32Array(n);
  const consumerCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    indegree[i] = depStart[i + 1]! - depStart[i]!;
    for (let k = depStart[i]!; k < depStart[i + 1]!; k++) consumerCount[deps[k]! + 1]!++;
  }
  for (let i = 0; i < n; i++) consumerCount[i + 1]! += consumerCount[i]!;
  const consumers = new Int32Array(deps.length);
  const fill = consumerCount.slice(0, n);
  for (let i = 0; i < n; i++) for (let k = depStart[i]!; k < depStart[i + 1]!; k++) consumers[fill[deps[k]!]!++] = i;
  // A min-heap of ready node indices: ties resolve in file order (a sorted file keeps its order).
  const ready = new MinHeap();
  for (let i = 0; i < n; i++) if (indegree[i] === 0) ready.push(i);
  const order: ModelNode[] = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(nodes[i] as ModelNode);
    for (let k = consumerCount[i]!; k < consumerCount[i + 1]!; k++) {
      const c = consumers[k]!;
      if (--indegree[c]! === 0) ready.push(c);
    }
  }
  if (order.length < n) {
    const stuck = nodes.find((_, i) => (indegree[i] ?? 0) > 0);
    throw new EnergyDiffError('E_GRAPH_CYCLE', `graph has a cycle through node '${stuck?.name ?? '?'}' (${stuck?.opType ?? '?'})`, {
      ...(file !== undefined ? { file } : {}),
      ...(stuck ? { node: stuck.name } : {}),
    });
  }
  return order;
}

function inFileOrder(nodes: readonly ModelNode[], producer: ReadonlyMap<string, number>): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (hasSubgraph(node)) return false;
    for (const name of node.inputs) {
      const p = producer.get(name);
      if (p !== undefined && p > i) return false;
    }
  }
  return true;
}

function hasFrom(list: readonly number[], from: number, value: number): boolean {
  for (let k = from; k < list.length; k++) if (list[k] === value) return true;
  return false;
}

function hasSubgraph(node: ModelNode): boolean {
  for (const k in node.attributes) {
    const t = node.attributes[k]!.type;
    if (t === 'graph' || t === 'graphs') return true;
  }
  return false;
}

class MinHeap {
  private items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as number) <= value) break;
      a[i] = a[parent] as number;
      a[parent] = value;
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0] as number;
    const last = a.pop() as number;
    if (a.length > 0) {
      let i = 0;
      a[0] = last;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && (a[l] as number) < (a[m] as number)) m = l;
        if (r < a.length && (a[r] as number) < (a[m] as number)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as number, a[i] as number];
        i = m;
      }
    }
    return top;
  }
}

/** Outer-scope names a control-flow node's bodies read: they are dependencies of the node itself. */
export function implicitInputs(node: ModelNode): string[] {
  const names: string[] = [];
  for (const a of Object.values(node.attributes)) {
    const graphs = a.type === 'graph' ? [a.value] : a.type === 'graphs' ? a.value : [];
    for (const g of graphs) {
      const local = new Set<string>([...g.inputs.map((v) => v.name), ...g.initializers.map((t) => t.name)]);
      for (const n of g.nodes) n.outputs.forEach((o) => local.add(o));
      for (const n of g.nodes) {
        for (const i of [...n.inputs, ...implicitInputs(n)]) if (i !== '' && !local.has(i)) names.push(i);
      }
    }
  }
  return names;
}
