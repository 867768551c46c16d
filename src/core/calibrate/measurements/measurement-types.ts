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
  /**
   * Energy of one call (one forward pass, or forward+backward in train mode). Absent in a latency record
   * (`"measured": "latency"`: no energy counter where it was measured).
   */
  joulesPerCall?: number;
  secondsPerCall?: number;
  idlePowerW?: number;
  /** Mean package/board power during the measurement, where the file records it. */
  meanPowerW?: number;
  device?: Record<string, unknown>;
  /** Precision the layer ran at ('fp32', 'fp16', 'int8' ...); absent: fp32 (every older record). */
  dtype?: string;
  /**
   * A runtime's own profile of the call (onnxruntime records): the op's kernel, the layout reorders around it and
   * the whole run inside the runtime, s per call (the fastest profiled call); `cpuSeconds`, the process CPU time
   * per call over the window (host side included), where recorded.
   */
  runtimeTimes?: {
    kernelSeconds: number; layoutSeconds: number; runSeconds: number; kernels: number;
    kernelMedianSeconds?: number; layoutMedianSeconds?: number; cpuSeconds?: number;
    /** 'nchwc' when the op ran as an NCHWc kernel (reorders around it), else 'nchw'. */
    layout: 'nchw' | 'nchwc';
  };
  file: string;
  /** 1-based line of the record in its file. */
  line: number;
}
