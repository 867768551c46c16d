// Small layers documents for tests, built fresh per test so mutations never leak between cases.
export type Doc = Record<string, unknown> & { layers: Record<string, unknown>[]; inputs: Record<string, unknown>[] };

/** A four-layer CNN head in the PyTorch spelling: Conv2d → BatchNorm2d → ReLU → AdaptiveAvgPool2d → Flatten → Linear. */
export function cnnDoc(): Doc {
  return {
    schema: 'energy-diff/layers@1',
    name: 'tiny-cnn',
    inputs: [{ name: 'x', shape: ['batch', 3, 32, 32], dtype: 'float32' }],
    layers: [
      { name: 'conv', op: 'Conv2d', attrs: { kernel_size: 3, stride: 2, padding: 1 }, weights: { weight: [8, 3, 3, 3], bias: [8] } },
      { name: 'bn', op: 'BatchNorm2d', weights: { weight: [8], bias: [8], running_mean: [8], running_var: [8] } },
      { name: 'relu', op: 'ReLU' },
      { name: 'pool', op: 'AdaptiveAvgPool2d', attrs: { output_size: 1 } },
      { name: 'flat', op: 'Flatten' },
      { name: 'fc', op: 'Linear', weights: { weight: [10, 8], bias: [10] }, inputShapes: [['batch', 8]], outputShapes: [['batch', 10]] },
    ],
  };
}

/** The same network spelt with ONNX operators and attributes. */
export function cnnDocOnnx(): Doc {
  return {
    schema: 'energy-diff/layers@1',
    name: 'tiny-cnn-onnx',
    inputs: [{ name: 'x', shape: ['batch', 3, 32, 32] }],
    layers: [
      { name: 'conv', op: 'Conv', attrs: { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] }, weights: { W: [8, 3, 3, 3], B: [8] } },
      { name: 'bn', op: 'BatchNormalization', weights: { scale: [8], B: [8], mean: [8], var: [8] } },
      { name: 'relu', op: 'Relu' },
      { name: 'pool', op: 'GlobalAveragePool' },
      { name: 'flat', op: 'Flatten', attrs: { axis: 1 } },
      { name: 'fc', op: 'Gemm', attrs: { transB: 1 }, weights: { B: [10, 8], C: [10] } },
    ],
  };
}

export const text = (doc: unknown): string => JSON.stringify(doc, null, 1);
