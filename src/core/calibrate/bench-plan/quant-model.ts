// The one-node int8 models of `calibrate bench --runtime onnxruntime`: a Conv2d, Linear or MatMul config as the
// integer kernel a quantized graph runs. Three forms, each fed float32 and returning float32 (or int32) so the
// runner needs no integer feeds; the input's QuantizeLinear and the output's DequantizeLinear run as kernels of
// their own, which the worker leaves out of the op's time (QUANT_EDGE_KERNELS):
//   qdq      Q -> DQ -> Conv/Gemm/MatMul (int8 weights and int32 bias behind DQ) -> Q -> DQ, the format ONNX
//            quantizers write; ORT's QDQ transformer fuses the middle into QLinearConv / QGemm / QLinearMatMul
//   qlinear  Q -> QLinearConv / QLinearMatMul -> DQ, the operator form
//   integer  Q -> MatMulInteger (int32 out), the dynamic-quantization form (Linear, MatMul)
// uint8 activations (zero point 128), int8 symmetric per-tensor weights, int32 bias at scale x*w: what
// onnxruntime's own quantizer writes for x86.
import type { ModelSpec, NodeSpec, TensorSpec } from '../../onnx-write/index.js';
import { seededRandom } from '../fit/index.js';
import { layerOfConfig } from '../measurements/index.js';
import { BENCH_MODEL_OPSET, type BenchFeed, type BenchModel } from './model.js';

export type QuantForm = 'qdq' | 'qlinear' | 'integer';
export const QUANT_FORMS: readonly QuantForm[] = ['qdq', 'qlinear', 'integer'];

/** Modules with an int8 model, and the forms each has. */
export const QUANT_OPS: Record<string, readonly QuantForm[]> = {
  Conv2d: ['qdq', 'qlinear'],
  Linear: ['qdq', 'integer'],
  MatMul: ['qdq', 'qlinear', 'integer'],
};

/** Kernels around the op that only convert the float feed and output: not the integer kernel's work. */
export const QUANT_EDGE_KERNELS: ReadonlySet<string> = new Set(['QuantizeLinear', 'DequantizeLinear']);

const FLOAT = 1;
const UINT8 = 2;
const INT8 = 3;
const INT32 = 6;
const X_SCALE = 1 / 64;
const W_SCALE = 1 / 127;
const Y_SCALE = 1 / 8;

const scalarF = (name: string, v: number): TensorSpec => ({ name, dataType: FLOAT, dims: [], raw: new Uint8Array(Float32Array.of(v).buffer) });
const scalarU8 = (name: string, v: number): TensorSpec => ({ name, dataType: UINT8, dims: [], raw: Uint8Array.of(v) });
const scalarI8 = (name: string, v: number): TensorSpec => ({ name, dataType: INT8, dims: [], raw: new Uint8Array(Int8Array.of(v).buffer) });
const scalarI32 = (name: string, v: number): TensorSpec => ({ name, dataType: INT32, dims: [], raw: new Uint8Array(Int32Array.of(v).buffer) });

function int8Tensor(name: string, dims: number[], seed: number): TensorSpec {
  const n = dims.reduce((a, b) => a * b, 1);
  const r = seededRandom(seed);
  const data = new Int8Array(n);
  for (let i = 0; i < n; i++) data[i] = Math.floor(r() * 255) - 127;
  return { name, dataType: INT8, dims, raw: new Uint8Array(data.buffer) };
}

function int32Tensor(name: string, dims: number[], seed: number): TensorSpec {
  const n = dims.reduce((a, b) => a * b, 1);
  const r = seededRandom(seed);
  const data = new Int32Array(n);
  for (let i = 0; i < n; i++) data[i] = Math.floor(r() * 2001) - 1000;
  return { name, dataType: INT32, dims, raw: new Uint8Array(data.buffer) };
}

const q = (x: string, s: string, z: string, y: string, name: string): NodeSpec => ({ name, opType: 'QuantizeLinear', inputs: [x, s, z], outputs: [y] });
const dq = (x: string, s: string, z: string, y: string, name: string): NodeSpec => ({ name, opType: 'DequantizeLinear', inputs: [x, s, z], outputs: [y] });

interface Operands {
  /** Activation inputs (fed float32), weights (int8 initializers) and the float node's own attributes. */
  acts: { name: string; dims: number[] }[];
  weight?: { dims: number[]; op: 'Conv' | 'Gemm' | 'MatMul' };
  bias?: number;
  floatOp: 'Conv' | 'Gemm' | 'MatMul';
  attributes: NodeSpec['attributes'];
}

function operands(op: string, c: Record<string, number>): Operands | undefined {
  if (op === 'Conv2d') {
    const p = c.padding!;
    return {
      acts: [{ name: 'x', dims: [c.batch!, c.in_channels!, c.image_size!, c.image_size!] }],
      weight: { dims: [c.out_channels!, c.in_channels! / c.groups!, c.kernel_size!, c.kernel_size!], op: 'Conv' },
      bias: c.out_channels!,
      floatOp: 'Conv',
      attributes: [
        { name: 'group', type: 'int', value: c.groups! }, { name: 'kernel_shape', type: 'ints', value: [c.kernel_size!, c.kernel_size!] },
        { name: 'pads', type: 'ints', value: [p, p, p, p] }, { name: 'strides', type: 'ints', value: [c.stride!, c.stride!] },
      ],
    };
  }
  if (op === 'Linear') {
    return {
      acts: [{ name: 'x', dims: [c.batch!, c.in_features!] }],
      weight: { dims: [c.out_features!, c.in_features!], op: 'Gemm' }, bias: c.out_features!, floatOp: 'Gemm',
      attributes: [{ name: 'transB', type: 'int', value: 1 }],
    };
  }
  if (op === 'MatMul') {
    return { acts: [{ name: 'a', dims: [c.batch!, c.m!, c.k!] }, { name: 'b', dims: [c.batch!, c.k!, c.n!] }], floatOp: 'MatMul', attributes: [] };
  }
  return undefined;
}

/** The int8 one-node model of a Conv2d / Linear / MatMul config in `form`, or why there is none. */
export function quantBenchModel(op: string, config: Record<string, number>, form: QuantForm): BenchModel | string {
  const forms = Object.hasOwn(QUANT_OPS, op) ? QUANT_OPS[op]! : undefined;
  if (!forms) return `no int8 model for module '${op}' (int8: ${Object.keys(QUANT_OPS).join(', ')})`;
  if (!forms.includes(form)) return `no '${form}' int8 model for ${op} (${forms.join(', ')})`;
  const o = operands(op, config);
  const layer = layerOfConfig(op, config);
  if (!o || !layer?.outputShapes[0]) return `${op}: the config does not rebuild as a layer`;
  const outputDims = [...layer.outputShapes[0]];
  const inits: TensorSpec[] = [scalarF('x_scale', X_SCALE), scalarU8('x_zp', 128), scalarF('y_scale', Y_SCALE), scalarU8('y_zp', 128)];
  const nodes: NodeSpec[] = [];
  // Every activation quantized once at the graph's edge.
  for (const a of o.acts) nodes.push(q(a.name, 'x_scale', 'x_zp', `${a.name}_q`, `${a.name}_Q`));
  // Linear's integer and QLinearMatMul forms multiply by W^T: the weight is stored [in, out].
  const weightDims = o.weight && (form !== 'qdq' && op === 'Linear') ? [o.weight.dims[1]!, o.weight.dims[0]!] : o.weight?.dims;
  if (weightDims) inits.push(int8Tensor('w_q', weightDims, 7919), scalarF('w_scale', W_SCALE), scalarI8('w_zp', 0));
  // MatMul's second operand is an activation: uint8 at the activation's scale, like the first.
  const bQ = o.weight ? 'w_q' : 'b_q';
  const bScale = o.weight ? 'w_scale' : 'x_scale';
  const bZp = o.weight ? 'w_zp' : 'x_zp';
  let output: { name: string; elemType: number };
  if (form === 'qdq') {
    for (const a of o.acts) nodes.push(dq(`${a.name}_q`, 'x_scale', 'x_zp', `${a.name}_dq`, `${a.name}_DQ`));
    const inputs = o.acts.map((a) => `${a.name}_dq`);
    if (o.weight) {
      nodes.push(dq('w_q', 'w_scale', 'w_zp', 'w_dq', 'w_DQ'));
      inputs.push('w_dq');
    }
    if (o.bias !== undefined) {
      inits.push(int32Tensor('bias_q', [o.bias], 104729), scalarF('bias_scale', X_SCALE * W_SCALE), scalarI32('bias_zp', 0));
      nodes.push(dq('bias_q', 'bias_scale', 'bias_zp', 'bias_dq', 'bias_DQ'));
      inputs.push('bias_dq');
    }
    nodes.push({ name: op.toLowerCase(), opType: o.floatOp, inputs, outputs: ['y_f'], attributes: o.attributes });
    nodes.push(q('y_f', 'y_scale', 'y_zp', 'y_q', 'y_Q'), dq('y_q', 'y_scale', 'y_zp', 'y', 'y_DQ'));
    output = { name: 'y', elemType: FLOAT };
  } else if (form === 'qlinear') {
    const opType = op === 'Conv2d' ? 'QLinearConv' : 'QLinearMatMul';
    const inputs = [`${o.acts[0]!.name}_q`, 'x_scale', 'x_zp', o.weight ? bQ : `${o.acts[1]!.name}_q`, bScale, bZp, 'y_scale', 'y_zp'];
    if (o.bias !== undefined && op === 'Conv2d') {
      inits.push(int32Tensor('bias_q', [o.bias], 104729));
      inputs.push('bias_q');
    }
    nodes.push({ name: opType.toLowerCase(), opType, inputs, outputs: ['y_q'], attributes: op === 'Conv2d' ? o.attributes : [] });
    nodes.push(dq('y_q', 'y_scale', 'y_zp', 'y', 'y_DQ'));
    output = { name: 'y', elemType: FLOAT };
  } else {
    const inputs = [`${o.acts[0]!.name}_q`, o.weight ? bQ : `${o.acts[1]!.name}_q`, 'x_zp', o.weight ? bZp : 'x_zp'];
    nodes.push({ name: 'matmulinteger', opType: 'MatMulInteger', inputs, outputs: ['y'] });
    output = { name: 'y', elemType: INT32 };
  }
  const opType = nodes.find((n) => !QUANT_EDGE_KERNELS.has(n.opType))!.opType;
  const feeds: BenchFeed[] = o.acts.map((a) => ({ name: a.name, dims: a.dims, elemType: 'float32' }));
  const spec: ModelSpec = {
    irVersion: 8,
    opsets: [{ domain: '', version: BENCH_MODEL_OPSET }],
    producerName: 'energy-diff calibrate bench',
    producerVersion: '1',
    graph: {
      name: `${op}-int8-${form}`,
      nodes,
      inputs: feeds.map((f) => ({ name: f.name, elemType: FLOAT, shape: f.dims })),
      outputs: [{ ...output, shape: outputDims }],
      initializers: inits,
    },
  };
  return { spec, feeds, opType, domain: '', outputDims };
}
