// The onnxruntime side of `energy-diff calibrate bench --runtime onnxruntime`: each plan entry written as its
// one-node ONNX model (core/calibrate/bench-plan/model.ts), loaded into ORT with the graph optimizations it runs in
// production, warmed up, profiled (ORT's own time of the op's kernel, of the layout reorders it added and of the
// run) and then timed over a window without the profiler. Same prepare/run protocol as the PyTorch worker.
import { QUANT_EDGE_KERNELS, benchModel, feedValues, quantBenchModel } from '../core/calibrate/index.js';
import { modelBytes } from '../core/onnx-write/index.js';
import { summarizeProfile } from '../core/ort/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import type { BenchWorker } from './layer-bench-run.js';
import type { PrepareRequest, PrepareResult, RunResult } from './layer-bench.js';
import { OrtRunner, ortVersion, sortedQuantile, type ExecutionProvider, type OrtModule } from './onnxruntime.js';

/**
 * Kernels ORT adds to move tensors in and out of its blocked NCHWc layout, and the Quantize/DequantizeLinear that
 * convert an int8 model's float feed and output: not the op's own work (counted as the layout part of the call).
 */
const LAYOUT_KERNELS = new Set(['ReorderInput', 'ReorderOutput', ...QUANT_EDGE_KERNELS]);

/** Profiled calls after the warm-up: at least this many, for at least PROFILE_SECONDS, at most MAX_PROFILED. */
const MIN_PROFILED = 10;
const PROFILE_SECONDS = 0.05;
const MAX_PROFILED = 300;

export interface OrtBenchHello {
  runtime: 'onnxruntime';
  version: string;
  executionProvider: ExecutionProvider;
  threads: number;
}

interface Prepared {
  id: number;
  runner: OrtRunner;
  record: Record<string, unknown>;
}

export class OrtBenchWorker implements BenchWorker {
  private current: Prepared | undefined;

  private constructor(private readonly ort: OrtModule, readonly hello: OrtBenchHello) {}

  static start(ort: OrtModule, o: { threads: number; executionProvider: ExecutionProvider }): OrtBenchWorker {
    return new OrtBenchWorker(ort, { runtime: 'onnxruntime', version: ortVersion(this.checked(ort)), executionProvider: o.executionProvider, threads: o.threads });
  }

  private static checked(ort: OrtModule): OrtModule {
    if (typeof ort.InferenceSession?.create !== 'function') throw new EnergyDiffError('E_ORT_LOAD', 'the onnxruntime module has no InferenceSession');
    return ort;
  }

  async prepare(id: number, req: PrepareRequest): Promise<PrepareResult> {
    await this.drop();
    if (req.mode !== 'inference') return { prepared: false, reason: 'onnxruntime runs inference only: train-mode configs need the PyTorch bench' };
    const m = req.quant ? quantBenchModel(req.op, req.config, req.quant) : benchModel(req.op, req.config);
    if (typeof m === 'string') return { prepared: false, reason: m };
    const feeds = Object.fromEntries(m.feeds.map((f, i) => [f.name, { type: f.elemType, data: feedValues(f, i + 1), dims: f.dims }]));
    let runner: OrtRunner;
    try {
      runner = await OrtRunner.create(this.ort, modelBytes(m.spec), feeds, { threads: this.hello.threads, executionProvider: this.hello.executionProvider, profiling: true });
    } catch (err) {
      // CUDA missing is a setup error for the whole run; a config ORT cannot load skips that config only.
      if (err instanceof EnergyDiffError && err.code === 'E_ORT_SESSION') return { prepared: false, reason: err.message };
      throw err;
    }
    try {
      const warmup = Math.max(1, req.warmup);
      for (let i = 0; i < warmup; i++) await runner.call();
      const profiled = await runner.time(PROFILE_SECONDS, MIN_PROFILED, MAX_PROFILED);
      const p = summarizeProfile(runner.profile(), warmup);
      // An integer conv runs channels-last: ORT's NhwcTransformer puts a Transpose on each side of the one-node model,
      // which in a whole quantized CNN sit only at the graph's edges. Layout work, not the op's.
      const layoutKernels = req.quant ? new Set([...LAYOUT_KERNELS, 'Transpose']) : LAYOUT_KERNELS;
      const own = p.kernels.filter((k) => !layoutKernels.has(k.op));
      if (own.length === 0) return await this.skip(runner, 'onnxruntime ran no kernel of its own for the node (folded away)');
      const provider = [...new Set(p.kernels.map((k) => k.provider))].join('+');
      const layout = p.kernels.filter((k) => layoutKernels.has(k.op));
      const sum = (ks: typeof own, key: 'seconds' | 'minSeconds') => ks.reduce((a, k) => a + k[key], 0);
      // The fastest profiled call is what the fit takes (kernelSecondsPerCall): on a shared machine the median
      // also holds the time other processes ran. The medians are kept next to it.
      const record = {
        ort: {
          kernelSecondsPerCall: sum(own, 'minSeconds'),
          layoutSecondsPerCall: sum(layout, 'minSeconds'),
          runSecondsPerCall: p.runMinSeconds,
          kernelMedianSecondsPerCall: sum(own, 'seconds'),
          layoutMedianSecondsPerCall: sum(layout, 'seconds'),
          runMedianSecondsPerCall: p.runSeconds,
          profiledRuns: p.runs,
          provider,
          kernels: p.kernels.map((k) => ({ op: k.op, node: k.node, seconds: k.seconds, minSeconds: k.minSeconds })),
        },
      };
      this.current = { id, runner, record };
      return { prepared: true, estSeconds: sortedQuantile(profiled.samples, 0.5), outputShape: m.outputDims };
    } catch (err) {
      await runner.release().catch(() => undefined);
      throw err;
    }
  }

  async run(id: number, seconds: number): Promise<RunResult> {
    const c = this.current;
    if (!c || c.id !== id) return { skipped: 'run without a prepared layer' };
    try {
      const t = await c.runner.time(seconds, 3);
      return {
        calls: t.calls, seconds: t.seconds, latencySeconds: sortedQuantile(t.samples, 0.5),
        record: {
          ...c.record, meanSecondsPerCall: t.seconds / t.calls, p10SecondsPerCall: sortedQuantile(t.samples, 0.1),
          // The median call's CPU time: on a shared machine, the closest to what the call takes on a quiet one.
          cpuSecondsPerCall: sortedQuantile(t.cpuSamples, 0.5), cpuMeanSecondsPerCall: t.cpuSeconds / t.calls,
        },
      };
    } finally {
      await this.drop();
    }
  }

  private async skip(runner: OrtRunner, reason: string): Promise<PrepareResult> {
    await runner.release();
    return { prepared: false, reason };
  }

  private async drop(): Promise<void> {
    const c = this.current;
    this.current = undefined;
    await c?.runner.release();
  }

  async close(): Promise<void> {
    await this.drop();
  }
}
