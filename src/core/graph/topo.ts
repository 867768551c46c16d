// Topological order of a graph's nodes: exporters and hand edits may list nodes out of order.
import { EnergyDiffError } from '../common/index.js';
import type { ModelNode } from './model-types.js';

/**
 * Kahn's algorithm over tensor names. Names produced by no node are graph inputs, initializers or
 * outer-scope values (subgraphs); they are available from the start. Ties keep file order.
 */
export function topoSort(nodes: ModelNode[], file?: string): ModelNode[] {
  const producer = new Map<string, number>();
  nodes.forEach((n, i) => n.outputs.forEach((o) => o !== '' && producer.set(o, i)));
  const indegree = nodes.map(() => 0);
  const consumers: number[][] = nodes.map(() => []);
  nodes.forEach((n, i) => {
    const deps = new Set<number>();
    for (const name of [...n.inputs, ...implicitInputs(n)]) {
      const p = producer.get(name);
      if (p !== undefined && p !== i) deps.add(p);
    }
    indegree[i] = deps.size;
    deps.forEach((d) => consumers[d]?.push(i));
  });
  // A min-heap of ready node indices: ties resolve in file order (a sorted file keeps its order).
  const ready = new MinHeap();
  indegree.forEach((d, i) => d === 0 && ready.push(i));
  const order: ModelNode[] = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(nodes[i] as ModelNode);
    for (const c of consumers[i] ?? []) {
      indegree[c] = (indegree[c] ?? 0) - 1;
      if (indegree[c] === 0) ready.push(c);
    }
  }
  if (order.length < nodes.length) {
    const stuck = nodes.find((_, i) => (indegree[i] ?? 0) > 0);
    throw new EnergyDiffError('E_GRAPH_CYCLE', `graph has a cycle through node '${stuck?.name ?? '?'}' (${stuck?.opType ?? '?'})`, {
      ...(file !== undefined ? { file } : {}),
      ...(stuck ? { node: stuck.name } : {}),
    });
  }
  return order;
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
