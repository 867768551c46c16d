// onnxruntime's own timing: the JSON trace its profiler writes (enableProfiling), read into one record per
// model run with the kernel time of every node it ran. Pure: the adapter hands over the file's text.
import { EnergyDiffError } from '../common/index.js';

export interface OrtKernelTime {
  /** Node name in the optimized graph ORT ran (its own names for nodes it created: ReorderInput, y_nchwc, ...). */
  node: string;
  /** ORT's op name (nchwc and com.microsoft kernels by their op type: Conv, ReorderInput, FusedConv, BiasGelu). */
  op: string;
  provider: string;
  seconds: number;
  /** Element counts of the kernel's outputs (ORT's output_type_shape). */
  outputElements: number;
  /** Element types of its outputs as ORT names them (float, int64, ...). */
  outputTypes: string[];
}

export interface OrtRun {
  seconds: number;
  kernels: OrtKernelTime[];
}

export interface OrtProfile {
  runs: OrtRun[];
}

interface TraceEvent {
  cat?: unknown;
  name?: unknown;
  ts?: unknown;
  dur?: unknown;
  args?: { op_name?: unknown; provider?: unknown; output_type_shape?: unknown };
}

const US = 1e-6;

function types(shapes: unknown): string[] {
  return Array.isArray(shapes) ? shapes.flatMap((s) => (s && typeof s === 'object' ? Object.keys(s as object).slice(0, 1) : [])) : [];
}

function elements(shapes: unknown): number {
  if (!Array.isArray(shapes)) return 0;
  let n = 0;
  for (const s of shapes) {
    const dims = s && typeof s === 'object' ? Object.values(s as Record<string, unknown>)[0] : undefined;
    if (Array.isArray(dims) && dims.every((d) => typeof d === 'number')) n += (dims as number[]).reduce((a, b) => a * b, 1);
  }
  return n;
}

/** The model runs of a profile in order, each with the kernels that ran inside it. */
export function parseOrtProfile(text: string, file: string): OrtProfile {
  let events: unknown;
  try {
    events = JSON.parse(text);
  } catch (err) {
    throw new EnergyDiffError('E_ORT_PROFILE', `onnxruntime's profile is not JSON: ${(err as Error).message}`, { file });
  }
  if (!Array.isArray(events)) throw new EnergyDiffError('E_ORT_PROFILE', 'onnxruntime\'s profile is not an array of trace events', { file });
  const runs: { ts: number; end: number; run: OrtRun }[] = [];
  const kernels: { ts: number; k: OrtKernelTime }[] = [];
  for (const e of events as TraceEvent[]) {
    if (!e || typeof e !== 'object' || typeof e.ts !== 'number' || typeof e.dur !== 'number' || typeof e.name !== 'string') continue;
    if (e.cat === 'Session' && e.name === 'model_run') runs.push({ ts: e.ts, end: e.ts + e.dur, run: { seconds: e.dur * US, kernels: [] } });
    else if (e.cat === 'Node' && e.name.endsWith('_kernel_time')) {
      kernels.push({
        ts: e.ts,
        k: {
          node: e.name.slice(0, -'_kernel_time'.length),
          op: typeof e.args?.op_name === 'string' ? e.args.op_name : '?',
          provider: typeof e.args?.provider === 'string' ? e.args.provider : '?',
          seconds: e.dur * US,
          outputElements: elements(e.args?.output_type_shape),
          outputTypes: types(e.args?.output_type_shape),
        },
      });
    }
  }
  runs.sort((a, b) => a.ts - b.ts);
  kernels.sort((a, b) => a.ts - b.ts);
  let r = 0;
  for (const { ts, k } of kernels) {
    while (r < runs.length && runs[r]!.end < ts) r++;
    if (r < runs.length && runs[r]!.ts <= ts) runs[r]!.run.kernels.push(k);
  }
  return { runs: runs.map((x) => x.run) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? 0 : n % 2 ? s[n >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

export interface KernelSummary {
  node: string;
  op: string;
  provider: string;
  /** Median over the runs kept, s. */
  seconds: number;
  /** Fastest of the runs kept, s: the least disturbed by other processes on a shared machine. */
  minSeconds: number;
  outputElements: number;
  outputTypes: string[];
}

/** Run time and per-kernel times (median and fastest) over the runs after the first `skip` (warm-up). */
export function summarizeProfile(p: OrtProfile, skip: number): { runs: number; runSeconds: number; runMinSeconds: number; kernels: KernelSummary[] } {
  const kept = p.runs.slice(Math.min(skip, Math.max(0, p.runs.length - 1)));
  const byNode = new Map<string, { k: OrtKernelTime; times: number[] }>();
  for (const run of kept) {
    for (const k of run.kernels) {
      const e = byNode.get(k.node);
      if (e) e.times.push(k.seconds);
      else byNode.set(k.node, { k, times: [k.seconds] });
    }
  }
  return {
    runs: kept.length,
    runSeconds: median(kept.map((r) => r.seconds)),
    runMinSeconds: Math.min(...kept.map((r) => r.seconds)),
    kernels: [...byNode.values()].map(({ k, times }) => ({ node: k.node, op: k.op, provider: k.provider, seconds: median(times), minSeconds: Math.min(...times), outputElements: k.outputElements, outputTypes: k.outputTypes })),
  };
}
