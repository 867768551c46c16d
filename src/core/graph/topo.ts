// Topological order of a graph's nodes: exporters and hand edits may list nodes out of order.
import { EnergyDiffError, type ModelNode } from '../types.js';

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
  const ready = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
  const order: ModelNode[] = [];
  // ready is kept sorted so ties resolve in file order (stable, deterministic reports).
  while (ready.length > 0) {
    const i = ready.shift() as number;
    order.push(nodes[i] as ModelNode);
    for (const c of consumers[i] ?? []) {
      indegree[c] = (indegree[c] ?? 0) - 1;
      if (indegree[c] === 0) insertSorted(ready, c);
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

function insertSorted(list: number[], value: number): void {
  let i = list.length;
  while (i > 0 && (list[i - 1] as number) > value) i--;
  list.splice(i, 0, value);
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
