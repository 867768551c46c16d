// nn.MultiheadAttention lowered to the ONNX nodes of its computation: Q/K/V projections, the split into heads,
// scaled scores, softmax, the weighted sum and the output projection. MACs: 3 projections L*E*E (K and V over
// the source length S), scores and context H*L*S*d each, output projection L*E*E, per batch row.
import { numberAttr } from './attrs.js';
import { a, node, type LowerCtx, type Lowering } from './lower.js';

interface Layout {
  /** Transposes [.., .., H, d] (as projected) to [B, H, L, d], K to [B, H, d, S], and the context back. */
  q: number[];
  k: number[];
  merge: number[];
}

const BATCH_FIRST: Layout = { q: [0, 2, 1, 3], k: [0, 2, 3, 1], merge: [0, 2, 1, 3] };
const SEQ_FIRST: Layout = { q: [1, 2, 0, 3], k: [1, 2, 3, 0], merge: [2, 0, 1, 3] };

export const multiheadAttention: Lowering = (c) => {
  const e = numberAttr(a(c, 'embed_dim'));
  const h = numberAttr(a(c, 'num_heads'));
  if (e === undefined || h === undefined || h <= 0 || e % h !== 0) return undefined;
  if (c.inShape(0) !== undefined && c.inShape(0)?.length !== 3) return undefined; // unbatched (L, E) input
  const layout = a(c, 'batch_first') === true || a(c, 'batch_first') === 1 ? BATCH_FIRST : SEQ_FIRST;
  const n = c.layer.name;
  const [query = '', key = query, value = key] = c.inputs;
  const heads = c.constant('heads_shape', [0, 0, h, e / h]);
  const nodes = [];
  const project = (x: string, i: number, tag: string, perm: number[]): string => {
    const packed = c.hasWeight(['in_proj_weight']);
    const w = packed ? c.weight(['in_proj_weight'], { transpose: true, part: { index: i, count: 3 } }) : c.weight([`${tag}_proj_weight`], { transpose: true });
    const b = c.hasWeight(['in_proj_bias']) ? c.weight(['in_proj_bias'], { part: { index: i, count: 3 } }) : '';
    let t = `${n}/${tag}_proj`;
    nodes.push({ ...node(c, 'MatMul', [x, w]), name: t, outputs: [t] });
    if (b !== '') {
      nodes.push({ ...node(c, 'Add', [t, b]), name: `${t}/bias`, outputs: [`${t}/bias`] });
      t = `${t}/bias`;
    }
    nodes.push({ ...node(c, 'Reshape', [t, heads]), name: `${n}/${tag}_heads`, outputs: [`${n}/${tag}_heads`] });
    nodes.push({ ...node(c, 'Transpose', [`${n}/${tag}_heads`], { perm }), name: `${n}/${tag}_t`, outputs: [`${n}/${tag}_t`] });
    return `${n}/${tag}_t`;
  };
  const q = project(query, 0, 'q', layout.q);
  const k = project(key, 1, 'k', layout.k);
  const v = project(value, 2, 'v', layout.q);
  // q / sqrt(d): one operation per element of q, as torch computes it.
  nodes.push({ ...node(c, 'Mul', [q]), name: `${n}/scale`, outputs: [`${n}/scale`] });
  const step = (op: string, tag: string, inputs: string[], attrs = {}): string => {
    nodes.push({ ...node(c, op, inputs, attrs), name: `${n}/${tag}`, outputs: [`${n}/${tag}`] });
    return `${n}/${tag}`;
  };
  const scores = step('MatMul', 'scores', [`${n}/scale`, k]);
  const probs = step('Softmax', 'softmax', [scores], { axis: -1 });
  const context = step('MatMul', 'context', [probs, v]);
  const merged = step('Reshape', 'merged', [step('Transpose', 'merge', [context], { perm: layout.merge }), c.constant('merged_shape', [0, 0, e])]);
  const wo = c.weight(['out_proj.weight', 'out_proj_weight'], { transpose: true });
  const bo = c.weight(['out_proj.bias', 'out_proj_bias']);
  const out = c.outputs[0] ?? n;
  if (bo !== '') {
    nodes.push({ ...node(c, 'MatMul', [merged, wo]), name: `${n}/out_proj`, outputs: [`${n}/out_proj`] });
    nodes.push({ ...node(c, 'Add', [`${n}/out_proj`, bo]), outputs: [out] });
  } else {
    nodes.push({ ...node(c, 'MatMul', [merged, wo]), outputs: [out] });
  }
  // need_weights: the attention weights averaged over heads, [B, L, S].
  const weightsOut = c.outputs[1];
  if (weightsOut !== undefined) nodes.push({ ...node(c, 'ReduceMean', [probs], { axes: [1], keepdims: 0 }), name: `${n}/weights`, outputs: [weightsOut] });
  for (const extra of ['bias_k', 'bias_v']) c.weight([extra]);
  return nodes;
};
