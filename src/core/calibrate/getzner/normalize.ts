// Other measurement sources in the Getzner data set's terms, so the getzner method can fit them too (e.g.
// the H100 micro-benchmarks): its parameter names, and its MAC conventions, which the getzner-v1
// predictor reproduces (Conv2d/Linear count the bias add; MaxPool2d counts output x kernel² / 2).
import type { LayerMeasurement } from '../measurements/index.js';

function outSide(image: number, kernel: number, stride: number, padding: number): number {
  return Math.floor((image + 2 * padding - kernel) / stride) + 1;
}

function has(c: Record<string, number>, keys: string[]): boolean {
  return keys.every((k) => c[k] !== undefined);
}

/** The measurement as a Getzner row, or null when its op or config has no Getzner counterpart. */
export function toGetznerConvention(m: LayerMeasurement): LayerMeasurement | null {
  if (m.source === 'getzner' || m.source === 'getzner-real-config') return m;
  const c = m.config;
  const batch = c.batch_size ?? c.batch;
  const with_ = (op: string, config: Record<string, number>, macs: number): LayerMeasurement => ({ ...m, op, config, macs });
  switch (m.op) {
    case 'Conv2d': {
      if (batch === undefined || !has(c, ['image_size', 'kernel_size', 'in_channels', 'out_channels', 'stride', 'padding'])) return null;
      if ((c.groups ?? 1) !== 1) return null; // the paper's Conv2d has no groups; depthwise is another kernel
      const side = outSide(c.image_size!, c.kernel_size!, c.stride!, c.padding!);
      const config = { batch_size: batch, image_size: c.image_size!, kernel_size: c.kernel_size!, in_channels: c.in_channels!, out_channels: c.out_channels!, stride: c.stride!, padding: c.padding! };
      return with_('Conv2d', config, batch * c.out_channels! * side * side * (c.in_channels! * c.kernel_size! ** 2 + 1));
    }
    case 'Linear': {
      const inF = c.input_size ?? c.in_features;
      const outF = c.output_size ?? c.out_features;
      if (batch === undefined || inF === undefined || outF === undefined) return null;
      return with_('Linear', { batch_size: batch, input_size: inF, output_size: outF }, batch * outF * (inF + 1));
    }
    case 'MaxPool2d': {
      const channels = c.in_channels ?? c.channels;
      if (batch === undefined || channels === undefined || !has(c, ['image_size', 'kernel_size', 'stride', 'padding'])) return null;
      const side = outSide(c.image_size!, c.kernel_size!, c.stride!, c.padding!);
      const config = { batch_size: batch, image_size: c.image_size!, kernel_size: c.kernel_size!, in_channels: channels, stride: c.stride!, padding: c.padding! };
      return with_('MaxPool2d', config, Math.floor((batch * channels * side * side * c.kernel_size! ** 2) / 2));
    }
    case 'ReLU':
    case 'Sigmoid':
    case 'Tanh':
    case 'Softmax': {
      // H100 records: `elements` (one flat tensor, batch 1) or rows x cols for Softmax (rows = batch).
      const rows = batch ?? c.rows ?? 1;
      const size = c.input_size ?? c.cols ?? (c.elements !== undefined ? c.elements / rows : undefined);
      if (size === undefined) return null;
      return with_(m.op, { batch_size: rows, input_size: size }, rows * size);
    }
    default:
      return null;
  }
}
