// Tiny real ONNX CNNs for action tests (weights omitted: energy-diff reads shapes, never weights).
import { modelBytes, type NodeSpec, type TensorSpec } from '../../helpers/onnx-writer.js';

const FLOAT = 1;

/** input 1x3x32x32 → Conv(3→width, 3x3) → Relu → Conv(width→width) → Relu → GlobalAveragePool → Flatten → Gemm(width→10). */
export function tinyCnn(width: number, opts: { extraOp?: string } = {}): Uint8Array {
  const w = (name: string, dims: number[]): TensorSpec => ({ name, dataType: FLOAT, dims });
  const conv = (name: string, x: string, weight: string, y: string): NodeSpec => ({
    opType: 'Conv', name, inputs: [x, weight], outputs: [y],
    attributes: [{ name: 'kernel_shape', type: 'ints', value: [3, 3] }, { name: 'pads', type: 'ints', value: [1, 1, 1, 1] }],
  });
  const nodes: NodeSpec[] = [
    conv('conv1', 'input', 'w1', 'c1'),
    { opType: 'Relu', name: 'relu1', inputs: ['c1'], outputs: ['r1'] },
    conv('conv2', 'r1', 'w2', 'c2'),
    { opType: 'Relu', name: 'relu2', inputs: ['c2'], outputs: ['r2'] },
    { opType: 'GlobalAveragePool', name: 'gap', inputs: ['r2'], outputs: ['g'] },
    { opType: 'Flatten', name: 'flatten', inputs: ['g'], outputs: ['f'] },
    { opType: 'Gemm', name: 'fc', inputs: ['f', 'wfc', 'bfc'], outputs: [opts.extraOp ? 'logits0' : 'logits'], attributes: [{ name: 'transB', type: 'int', value: 1 }] },
  ];
  if (opts.extraOp) nodes.push({ opType: opts.extraOp, name: 'custom', domain: 'com.example', inputs: ['logits0'], outputs: ['logits'] });
  return modelBytes({
    opsets: [{ domain: '', version: 17 }, ...(opts.extraOp ? [{ domain: 'com.example', version: 1 }] : [])],
    graph: {
      name: `tiny_cnn_${width}`,
      nodes,
      inputs: [{ name: 'input', shape: [1, 3, 32, 32] }],
      outputs: [{ name: 'logits', shape: [1, 10] }],
      initializers: [w('w1', [width, 3, 3, 3]), w('w2', [width, width, 3, 3]), w('wfc', [10, width]), w('bfc', [10])],
    },
  });
}
