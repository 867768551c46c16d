// One measured layer call, whatever file it came from: the unit every fit consumes.

export type MeasurementSource = 'getzner' | 'getzner-real-config' | 'h100-jsonl' | 'energy-diff';

export const LAYER_MEASUREMENT_SCHEMA = 'energy-diff/layer-measurement@1';

export interface LayerMeasurement {
  source: MeasurementSource;
  /** Module/op name as measured: Conv2d, Linear, MaxPool2d, ReLU, Sigmoid, Tanh, Softmax, ... */
  op: string;
  /** Numeric layer parameters (batch_size, kernel_size, in_channels, ...). */
  config: Record<string, number>;
  mode: 'inference' | 'train';
  macs: number;
  /** Energy of one call (one forward pass, or forward+backward in train mode). */
  joulesPerCall: number;
  secondsPerCall?: number;
  idlePowerW?: number;
  /** Mean package/board power during the measurement, where the file records it. */
  meanPowerW?: number;
  device?: Record<string, unknown>;
  /** Precision the layer ran at ('fp32', 'fp16', 'int8' ...); absent: fp32 (every older record). */
  dtype?: string;
  file: string;
  /** 1-based line of the record in its file. */
  line: number;
}
