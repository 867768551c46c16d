// Times a whole model in onnxruntime, as `measure-inference` and the accuracy bench do: the model file loaded as
// ORT loads it (external weights next to it), inputs bound at the batch asked, a warm-up, then calls for a window.
// Reports the median and fastest call, the process CPU time per call (what a call costs on a quiet machine with
// one thread), the kernels ORT ran (from its profiler) and, with a meter, the energy over the window.
import { feedValues } from '../core/calibrate/index.js';
import { elementBytes as dtypeBytes } from '../core/graph/index.js';
import { summarizeProfile } from '../core/ort/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { monotonicClock, totalJoules, type Meter, type Sample } from './meters/index.js';
import { OrtRunner, sortedQuantile, type ExecutionProvider, type OrtFeed, type OrtModule } from './onnxruntime.js';

export interface InputSpec {
  name: string;
  dims: number[];
  /** ONNX element type (1 float32, 7 int64, 6 int32, 9 bool). */
  elemType: number;
}

export interface ModelTiming {
  runs: number;
  medianSeconds: number;
  p10Seconds: number;
  minSeconds: number;
  /** Process CPU time of the median run, s (with one thread, what a run takes on a quiet machine). */
  cpuSeconds: number;
  /** Process CPU time per run over the window, s. */
  cpuMeanSeconds: number;
  /** Kernels ORT ran per call, and its own run time (median of the profiled calls). */
  kernels: number;
  profiledRunSeconds: number;
  /** Over the timed window, where a meter was given: whole-device joules per run (idle included) and mean power. */
  energy?: { joulesPerRun: number; meanPowerW: number; meter: string };
}

export interface MeasureOptions {
  threads: number;
  executionProvider: ExecutionProvider;
  warmup: number;
  /** Timed window, s (at least `minRuns` runs). */
  seconds: number;
  minRuns: number;
  meter?: Meter;
  optimizedModelPath?: string;
}

/** Feeds for the inputs, as the bench feeds its one-node models: seeded float32 in [-1, 1), int64 inputs 0 (a valid index for any table). */
export function feedsOf(inputs: InputSpec[]): Record<string, OrtFeed> {
  const out: Record<string, OrtFeed> = {};
  for (const [k, i] of inputs.entries()) {
    const type = i.elemType === 1 ? 'float32' : i.elemType === 7 ? 'int64' : undefined;
    if (type) out[i.name] = { type, data: feedValues({ name: i.name, dims: i.dims, elemType: type, indexBound: 1 }, k + 1), dims: i.dims };
    else throw new EnergyDiffError('E_ORT_INPUT', `input '${i.name}' has element type ${i.elemType} (${dtypeBytes(i.elemType)} bytes): measure-inference feeds float32 and int64 inputs`, { input: i.name });
  }
  return out;
}

export async function measureModel(ort: OrtModule, file: string, inputs: InputSpec[], o: MeasureOptions): Promise<ModelTiming> {
  const runner = await OrtRunner.create(ort, file, feedsOf(inputs), {
    threads: o.threads, executionProvider: o.executionProvider, profiling: true, ...(o.optimizedModelPath ? { optimizedModelPath: o.optimizedModelPath } : {}),
  });
  try {
    for (let i = 0; i < Math.max(1, o.warmup); i++) await runner.call();
    // A few profiled calls say which kernels ORT runs; the timed window runs without the profiler.
    await runner.time(0, 3, 3);
    const p = summarizeProfile(runner.profile(), o.warmup);
    let s0: Sample | undefined;
    if (o.meter) {
      await o.meter.start(monotonicClock());
      s0 = o.meter.read();
    }
    const t = await runner.time(o.seconds, o.minRuns);
    let energy: ModelTiming['energy'];
    if (o.meter && s0) {
      const s1 = o.meter.read();
      const j = totalJoules(o.meter, s1) - totalJoules(o.meter, s0);
      await o.meter.stop().catch(() => undefined);
      if (j > 0 && s1.t > s0.t) energy = { joulesPerRun: j / t.calls, meanPowerW: j / (s1.t - s0.t), meter: o.meter.info.kind };
    }
    return {
      runs: t.calls, medianSeconds: sortedQuantile(t.samples, 0.5), p10Seconds: sortedQuantile(t.samples, 0.1), minSeconds: t.samples[0]!,
      cpuSeconds: sortedQuantile(t.cpuSamples, 0.5), cpuMeanSeconds: t.cpuSeconds / t.calls,
      kernels: p.kernels.length, profiledRunSeconds: p.runSeconds, ...(energy ? { energy } : {}),
    };
  } finally {
    await runner.release();
  }
}
