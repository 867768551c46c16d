// If, Loop and Scan: bodies are inferred like graphs; their layers are listed with a scope and, for loops
// with a known trip count, their costs are multiplied by it.
import { DT, type ModelGraph } from '../../graph/index.js';
import type { LayerCost } from '../types.js';
import { attrInt, attrInts, hasInput, type OpCtx, type OpRule } from '../context.js';
import { fail, need } from '../errors.js';
import type { TensorVal } from '../value.js';

function graphAttr(ctx: OpCtx, name: string): ModelGraph {
  const a = ctx.node.attributes[name];
  if (!a || a.type !== 'graph') fail(`missing graph attribute ${name}`);
  return a.value;
}

function scaled(layers: LayerCost[], times: number): LayerCost[] {
  return layers.map((l) => ({
    ...l,
    macs: l.macs * times,
    activationBytesIn: l.activationBytesIn * times,
    activationBytesOut: l.activationBytesOut * times,
    attrs: { ...l.attrs, tripCount: times },
  }));
}

const macsOf = (layers: LayerCost[]): number => layers.reduce((s, l) => s + l.macs, 0);

/** Loop-carried values must not keep folded constants: they change per iteration. */
function varying(v: TensorVal | undefined): TensorVal | undefined {
  return v ? { shape: v.shape, dtype: v.dtype } : undefined;
}

export const ifOp: OpRule = (ctx) => {
  const scope = ctx.node.name || 'If';
  const cond = ctx.inputs[0]?.values?.[0];
  const thenR = ctx.inferSubgraph(graphAttr(ctx, 'then_branch'), [], `${scope}/then`);
  const elseR = ctx.inferSubgraph(graphAttr(ctx, 'else_branch'), [], `${scope}/else`);
  let chosen = cond === undefined ? undefined : cond ? thenR : elseR;
  if (!chosen) {
    chosen = macsOf(thenR.layers) >= macsOf(elseR.layers) ? thenR : elseR;
    ctx.warn('W_IF_BRANCH', `If condition is not constant; counting the more expensive branch (${chosen === thenR ? 'then' : 'else'})`);
  }
  const outputs = chosen.outputs.map((v, i) => v ?? (chosen === thenR ? elseR : thenR).outputs[i]);
  return { outputs: outputs.map((v) => v ?? { shape: null, dtype: 0 }), family: 'control', macs: 0, subLayers: chosen.layers };
};

export const loopOp: OpRule = (ctx) => {
  const scope = ctx.node.name || 'Loop';
  const body = graphAttr(ctx, 'body');
  const tripCount = hasInput(ctx, 0) ? ctx.inputs[0]?.values?.[0] : undefined;
  if (tripCount !== undefined && !(Number.isSafeInteger(tripCount) && tripCount >= 0)) fail(`Loop trip count ${tripCount} is out of range (expected a non-negative integer)`);
  const carried = ctx.inputs.slice(2).map(varying);
  const formal: (TensorVal | undefined)[] = [{ shape: [], dtype: DT.INT64 }, { shape: [], dtype: DT.BOOL }, ...carried];
  const r = ctx.inferSubgraph(body, formal, `${scope}/body`);
  const nCarried = carried.length;
  const finals = r.outputs.slice(1, 1 + nCarried).map((v, i) => v ?? carried[i] ?? { shape: null, dtype: 0 });
  const scans = r.outputs.slice(1 + nCarried).map((v) => ({
    shape: v?.shape && tripCount !== undefined ? [tripCount, ...v.shape] : null,
    dtype: v?.dtype ?? 0,
  }));
  let layers = r.layers;
  if (tripCount !== undefined) layers = scaled(layers, tripCount);
  else ctx.warn('W_LOOP_TRIPS', 'Loop trip count is not constant; its body is counted once');
  return { outputs: [...finals, ...scans], family: 'control', macs: 0, attrs: tripCount !== undefined ? { tripCount } : ({} as Record<string, number>), subLayers: layers };
};

/** Scan-8: optional sequence_lens first; every state and scan tensor has a leading batch axis. */
function scan8(ctx: OpCtx): ReturnType<OpRule> {
  const scope = ctx.node.name || 'Scan';
  const body = graphAttr(ctx, 'body');
  const m = attrInt(ctx, 'num_scan_inputs', 0);
  const rest = ctx.inputs.slice(1);
  const nStates = rest.length - m;
  const shapes = rest.map((v, i) => need(v?.shape, `Scan input ${i + 1} has unknown shape`));
  const batch = need(shapes[0]?.[0], 'Scan-8 without a batch axis');
  const seq = need(shapes[nStates]?.[1], 'Scan-8 without scan inputs');
  const formal = rest.map((v, i) => ({ shape: (shapes[i] as number[]).slice(i < nStates ? 1 : 2), dtype: v?.dtype ?? 0 }));
  const r = ctx.inferSubgraph(body, formal, `${scope}/body`);
  const outputs = r.outputs.map((v, i) => ({
    shape: v?.shape ? (i < nStates ? [batch, ...v.shape] : [batch, seq, ...v.shape]) : null,
    dtype: v?.dtype ?? 0,
  }));
  return { outputs, family: 'control', macs: 0, attrs: { tripCount: batch * seq }, subLayers: scaled(r.layers, batch * seq) };
}

export const scanOp: OpRule = (ctx) => {
  if (ctx.opset < 9) return scan8(ctx);
  const scope = ctx.node.name || 'Scan';
  const body = graphAttr(ctx, 'body');
  const m = attrInt(ctx, 'num_scan_inputs', 0);
  if (!Number.isSafeInteger(m) || m < 0 || m > ctx.inputs.length) fail(`num_scan_inputs ${m} is out of range (the node has ${ctx.inputs.length} inputs)`);
  const nStates = ctx.inputs.length - m;
  const inAxes = attrInts(ctx, 'scan_input_axes') ?? new Array<number>(m).fill(0);
  const outAxes = attrInts(ctx, 'scan_output_axes');
  const states = ctx.inputs.slice(0, nStates).map(varying);
  let seq: number | undefined;
  const slices = ctx.inputs.slice(nStates).map((v, i) => {
    const shape = need(v?.shape, `scan input ${i} has unknown shape`);
    const axis = (inAxes[i] ?? 0) < 0 ? (inAxes[i] ?? 0) + shape.length : inAxes[i] ?? 0;
    seq = shape[axis];
    return { shape: shape.filter((_, k) => k !== axis), dtype: v?.dtype ?? 0 };
  });
  const len = need(seq, 'Scan without scan inputs');
  const r = ctx.inferSubgraph(body, [...states, ...slices], `${scope}/body`);
  const finals = r.outputs.slice(0, nStates).map((v, i) => v ?? states[i] ?? { shape: null, dtype: 0 });
  const scans = r.outputs.slice(nStates).map((v, i) => {
    if (!v?.shape) return { shape: null, dtype: v?.dtype ?? 0 };
    const rank = v.shape.length + 1;
    const raw = outAxes?.[i] ?? 0;
    const axis = raw < 0 ? raw + rank : raw;
    return { shape: [...v.shape.slice(0, axis), len, ...v.shape.slice(axis)], dtype: v.dtype };
  });
  return { outputs: [...finals, ...scans], family: 'control', macs: 0, attrs: { tripCount: len }, subLayers: scaled(r.layers, len) };
};
