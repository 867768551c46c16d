// Which layer configurations `energy-diff calibrate bench` measures: a seeded random grid per operator family
// (the same modules and config keys as data/h100, so `calibrate fit --method roofline` rebuilds every one of
// them through layerOfConfig), plus the real layer configs of the repository's own models (layers.ts).
// Sizes are capped per device so one call stays well inside a measurement window.
import { EnergyDiffError } from '../../common/index.js';
import { layerOfConfig } from '../measurements/index.js';
import { seededRandom } from '../fit/index.js';
import { QUANT_FORMS, QUANT_OPS, type QuantForm } from './quant-model.js';

export type BenchMode = 'inference' | 'train';
export type BenchDevice = 'cpu' | 'cuda';

export interface BenchEntry {
  op: string;
  config: Record<string, number>;
  mode: BenchMode;
  /** MACs of one call as the fit counts them (the config rebuilt as its ONNX node and inferred). */
  macs: number;
  /** 'random' grid, or the model file the config came from. */
  origin: string;
  /** Present: the config runs as an int8 kernel in this form (quant-model.ts); absent: fp32. */
  quant?: QuantForm;
}

export const BENCH_PLAN_SCHEMA = 'energy-diff/bench-plan@1';

export interface BenchPlan {
  schema: typeof BENCH_PLAN_SCHEMA;
  entries: BenchEntry[];
}

/** Config keys each module needs (data/h100 spelling); every one is a positive integer except padding (>= 0). */
export const BENCH_OPS: Record<string, readonly string[]> = {
  Conv2d: ['batch', 'in_channels', 'out_channels', 'image_size', 'kernel_size', 'stride', 'padding', 'groups'],
  Linear: ['batch', 'in_features', 'out_features'],
  MatMul: ['batch', 'm', 'k', 'n'],
  MaxPool2d: ['batch', 'channels', 'image_size', 'kernel_size', 'stride', 'padding'],
  AvgPool2d: ['batch', 'channels', 'image_size', 'kernel_size', 'stride', 'padding'],
  AdaptiveAvgPool2d: ['batch', 'channels', 'image_size'],
  BatchNorm2d: ['batch', 'channels', 'image_size'],
  LayerNorm: ['tokens', 'features'],
  Softmax: ['rows', 'cols'],
  ReLU: ['elements'],
  GELU: ['elements'],
  Sigmoid: ['elements'],
  Tanh: ['elements'],
  HardSwish: ['elements'],
  Hardsigmoid: ['elements'],
  Clip: ['elements'],
  Add: ['elements'],
  MulBroadcast: ['batch', 'channels', 'image_size'],
  Concat: ['batch', 'channels', 'image_size', 'parts'],
  TransposeContiguous: ['batch', 'tokens', 'heads', 'head_dim'],
  Embedding: ['batch', 'tokens', 'vocab', 'dim'],
};

export const BENCH_FAMILIES = ['conv', 'linear', 'matmul', 'pooling', 'norm', 'activation', 'softmax', 'attention', 'data'] as const;
export type BenchFamily = (typeof BENCH_FAMILIES)[number];

export interface GridOptions {
  device: BenchDevice;
  /** Configs drawn per family (attention draws this many blocks of four layers). */
  perFamily: number;
  seed: number;
  modes: BenchMode[];
  families?: readonly BenchFamily[];
}

/** Per-call caps: a CPU call must stay in the milliseconds, a GPU call may be a thousand times larger. */
const CAPS: Record<BenchDevice, { macs: number; elements: number }> = {
  cpu: { macs: 2e8, elements: 2e6 },
  cuda: { macs: 5e10, elements: 1e8 },
};

type Rand = () => number;
type Cfg = Record<string, number>;
type Draw = { op: string; config: Cfg };

const logInt = (r: Rand, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))))));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function window2d(r: Rand, maxImage: number): Pick<Cfg, 'image_size' | 'kernel_size' | 'stride' | 'padding'> {
  const kernel_size = pick(r, [1, 2, 3, 3, 5, 7]);
  const image_size = logInt(r, Math.max(kernel_size, 4), maxImage);
  // PyTorch allows padding up to half the kernel.
  return { image_size, kernel_size, stride: pick(r, [1, 1, 2]), padding: Math.floor(r() * (Math.floor(kernel_size / 2) + 1)) };
}

const DRAWS: Record<Exclude<BenchFamily, 'attention'>, (r: Rand, big: boolean) => Draw> = {
  conv: (r, big) => {
    const w = window2d(r, big ? 128 : 56);
    const depthwise = r() < 0.25;
    const inC = logInt(r, 1, big ? 512 : 128);
    const c = depthwise ? Math.max(inC, 2) : inC;
    return { op: 'Conv2d', config: { batch: logInt(r, 1, big ? 64 : 8), in_channels: c, out_channels: depthwise ? c : logInt(r, 1, big ? 512 : 128), ...w, groups: depthwise ? c : 1 } };
  },
  linear: (r, big) => ({ op: 'Linear', config: { batch: logInt(r, 1, big ? 512 : 64), in_features: logInt(r, 8, big ? 8192 : 2048), out_features: logInt(r, 8, big ? 8192 : 2048) } }),
  matmul: (r, big) => ({ op: 'MatMul', config: { batch: logInt(r, 1, big ? 256 : 16), m: logInt(r, 8, big ? 2048 : 256), k: logInt(r, 8, big ? 2048 : 256), n: logInt(r, 8, big ? 2048 : 256) } }),
  pooling: (r, big) => {
    const op = pick(r, ['MaxPool2d', 'MaxPool2d', 'AvgPool2d', 'AdaptiveAvgPool2d']);
    const base = { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 512 : 128) };
    const w = window2d(r, big ? 128 : 64);
    return { op, config: op === 'AdaptiveAvgPool2d' ? { ...base, image_size: w.image_size } : { ...base, ...w, kernel_size: Math.max(2, w.kernel_size), padding: Math.min(w.padding, Math.floor(Math.max(2, w.kernel_size) / 2)) } };
  },
  norm: (r, big): Draw => r() < 0.5
    ? { op: 'BatchNorm2d', config: { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 512 : 128), image_size: logInt(r, 1, big ? 112 : 56) } }
    : { op: 'LayerNorm', config: { tokens: logInt(r, 1, big ? 65536 : 4096), features: logInt(r, 16, big ? 4096 : 1024) } },
  activation: (r, big): Draw => {
    const op = pick(r, ['ReLU', 'GELU', 'Sigmoid', 'Tanh', 'HardSwish', 'Hardsigmoid', 'Clip', 'Add', 'MulBroadcast']);
    if (op === 'MulBroadcast') return { op, config: { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 512 : 128), image_size: logInt(r, 1, big ? 112 : 56) } };
    return { op, config: { elements: logInt(r, 256, big ? 6e7 : 2e6) } };
  },
  softmax: (r, big) => ({ op: 'Softmax', config: { rows: logInt(r, 1, big ? 65536 : 4096), cols: logInt(r, 2, big ? 4096 : 1024) } }),
  data: (r, big): Draw => r() < 0.5
    ? { op: 'Concat', config: { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 256 : 64), image_size: logInt(r, 1, big ? 64 : 32), parts: logInt(r, 2, 4) } }
    : { op: 'Embedding', config: { batch: logInt(r, 1, big ? 64 : 8), tokens: logInt(r, 1, big ? 512 : 128), vocab: logInt(r, 16, big ? 50000 : 5000), dim: logInt(r, 16, big ? 2048 : 512) } },
};

/** One attention block as the ONNX export runs it: QK^T, softmax over keys, AV, and the head-layout copy. */
function attentionDraws(r: Rand, big: boolean): Draw[] {
  const b = logInt(r, 1, big ? 32 : 4);
  const h = pick(r, [1, 2, 4, 8, 12, 16]);
  const t = logInt(r, 8, big ? 2048 : 256);
  const d = pick(r, [32, 64, 64, 128]);
  return [
    { op: 'MatMul', config: { batch: b * h, m: t, k: d, n: t } },
    { op: 'Softmax', config: { rows: b * h * t, cols: t } },
    { op: 'MatMul', config: { batch: b * h, m: t, k: t, n: d } },
    { op: 'TransposeContiguous', config: { batch: b, tokens: t, heads: h, head_dim: d } },
  ];
}

/** Elements of the largest tensor a config touches (inputs, weights or output), for the size cap. */
function largestTensor(op: string, c: Cfg): number {
  const img = (ch: number) => c.batch! * ch * c.image_size! * c.image_size!;
  switch (op) {
    case 'Conv2d': return Math.max(img(c.in_channels!), img(c.out_channels!), c.out_channels! * c.in_channels! * c.kernel_size! ** 2 / c.groups!);
    case 'Linear': return Math.max(c.batch! * c.in_features!, c.batch! * c.out_features!, c.in_features! * c.out_features!);
    case 'MatMul': return c.batch! * Math.max(c.m! * c.k!, c.k! * c.n!, c.m! * c.n!);
    case 'LayerNorm': return c.tokens! * c.features!;
    case 'Softmax': return c.rows! * c.cols!;
    case 'Concat': return img(c.channels!) * c.parts!;
    case 'TransposeContiguous': return c.batch! * c.tokens! * c.heads! * c.head_dim!;
    case 'Embedding': return Math.max(c.vocab! * c.dim!, c.batch! * c.tokens! * c.dim!);
    default: return c.elements ?? img(c.channels!);
  }
}

export function entryKey(e: Pick<BenchEntry, 'op' | 'config' | 'mode' | 'quant'>): string {
  const keys = Object.keys(e.config).sort();
  return `${e.op}|${e.mode}|${keys.map((k) => `${k}=${e.config[k]}`).join(',')}${e.quant ? `|int8-${e.quant}` : ''}`;
}

/** The entry of a config, or a reason it cannot be measured and fitted. */
export function benchEntry(op: string, config: Cfg, mode: BenchMode, origin: string, quant?: QuantForm): BenchEntry | string {
  const keys = Object.hasOwn(BENCH_OPS, op) ? BENCH_OPS[op] : undefined;
  if (!keys) return `no benchmark for module '${op}'`;
  const own: Cfg = {};
  for (const k of keys) {
    const v = config[k];
    if (v === undefined || !Number.isInteger(v) || v < (k === 'padding' ? 0 : 1)) return `${op}.${k} must be a ${k === 'padding' ? 'non-negative' : 'positive'} integer, got ${v}`;
    own[k] = v;
  }
  if (op === 'Conv2d' && (own.in_channels! % own.groups! !== 0 || own.out_channels! % own.groups! !== 0)) return 'Conv2d channels must be multiples of groups';
  if ('kernel_size' in own && (own.padding! > own.kernel_size! / 2 || own.image_size! + 2 * own.padding! < own.kernel_size!)) return `${op}: kernel ${own.kernel_size} does not fit image ${own.image_size} with padding ${own.padding}`;
  const layer = layerOfConfig(op, own);
  if (!layer) return `${op} config does not rebuild as a layer`;
  if (quant !== undefined) {
    const forms = Object.hasOwn(QUANT_OPS, op) ? QUANT_OPS[op]! : [];
    if (!forms.includes(quant)) return forms.length ? `${op} has no '${quant}' int8 form (${forms.join(', ')})` : `no int8 benchmark for module '${op}' (${Object.keys(QUANT_OPS).join(', ')})`;
    if (mode !== 'inference') return 'int8 configs run in inference only';
    return { op, config: own, mode, macs: layer.macs, origin, quant };
  }
  return { op, config: own, mode, macs: layer.macs, origin };
}

function fits(e: BenchEntry, device: BenchDevice): boolean {
  const cap = CAPS[device];
  return e.macs <= cap.macs && largestTensor(e.op, e.config) <= cap.elements;
}

/** The seeded random grid: `perFamily` configs per family, each within the device's caps, no duplicates. */
export function randomGrid(opts: GridOptions): BenchEntry[] {
  const out: BenchEntry[] = [];
  const seen = new Set<string>();
  const big = opts.device === 'cuda';
  for (const [index, family] of (opts.families ?? BENCH_FAMILIES).entries()) {
    // One stream per family, so adding a family or changing one's count leaves the others' draws alone.
    const r = seededRandom(opts.seed * 1009 + index * 7919 + 1);
    let drawn = 0;
    for (let attempt = 0; drawn < opts.perFamily && attempt < opts.perFamily * 200; attempt++) {
      const draws = family === 'attention' ? attentionDraws(r, big) : [DRAWS[family](r, big)];
      const entries = draws.map((d) => benchEntry(d.op, d.config, 'inference', 'random'));
      if (entries.some((e) => typeof e === 'string' || !fits(e, opts.device))) continue;
      drawn++;
      for (const e of entries as BenchEntry[]) {
        for (const mode of opts.modes) {
          const m = { ...e, mode };
          const key = entryKey(m);
          if (!seen.has(key)) {
            seen.add(key);
            out.push(m);
          }
        }
      }
    }
  }
  return out;
}

/** Entries of several sources in order, later duplicates dropped. */
export function mergeEntries(...lists: BenchEntry[][]): BenchEntry[] {
  const seen = new Set<string>();
  return lists.flat().filter((e) => {
    const key = entryKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A plan file: `{"schema": "energy-diff/bench-plan@1", "entries": [{"op", "config", "mode"?}, ...]}` or a bare array. */
export function parsePlan(value: unknown, file: string): BenchEntry[] {
  const fail = (path: string, message: string): never => {
    throw new EnergyDiffError('E_BENCH_PLAN', message, { file, jsonPath: path });
  };
  const root = value as { schema?: unknown; entries?: unknown } | unknown[] | null;
  const list = Array.isArray(root) ? root : root && typeof root === 'object' ? root.entries : undefined;
  if (!Array.isArray(root) && root && typeof root === 'object' && root.schema !== undefined && root.schema !== BENCH_PLAN_SCHEMA) fail('$.schema', `expected "${BENCH_PLAN_SCHEMA}"`);
  if (!Array.isArray(list)) return fail('$', `expected an array of entries or {"schema": "${BENCH_PLAN_SCHEMA}", "entries": [...]}`);
  const base = Array.isArray(root) ? '$' : '$.entries';
  return mergeEntries(list.map((item, i) => {
    const path = `${base}[${i}]`;
    const o = item as { op?: unknown; config?: unknown; mode?: unknown; origin?: unknown; quant?: unknown } | null;
    if (!o || typeof o !== 'object' || typeof o.op !== 'string') return fail(`${path}.op`, 'expected a module name (Conv2d, Linear, ...)');
    if (!o.config || typeof o.config !== 'object' || Array.isArray(o.config)) return fail(`${path}.config`, 'expected an object of integers');
    const mode = o.mode ?? 'inference';
    if (mode !== 'inference' && mode !== 'train') return fail(`${path}.mode`, `expected "inference" or "train", got ${JSON.stringify(mode)}`);
    if (o.quant !== undefined && !QUANT_FORMS.includes(o.quant as QuantForm)) fail(`${path}.quant`, `expected one of ${QUANT_FORMS.join(', ')}, got ${JSON.stringify(o.quant)}`);
    const e = benchEntry(o.op, o.config as Cfg, mode, typeof o.origin === 'string' ? o.origin : 'plan', o.quant as QuantForm | undefined);
    return typeof e === 'string' ? fail(path, e) : e;
  }));
}

/**
 * The int8 twins of the Conv2d / Linear / MatMul inference entries: one per int8 form each module has (the same
 * config as an integer kernel), so a bench measures int8 and fp32 of the same layers on the same CPU.
 */
export function int8Entries(entries: readonly BenchEntry[]): BenchEntry[] {
  const out: BenchEntry[] = [];
  for (const e of entries) {
    if (e.quant || e.mode !== 'inference' || !Object.hasOwn(QUANT_OPS, e.op)) continue;
    for (const form of QUANT_OPS[e.op]!) {
      const q = benchEntry(e.op, e.config, e.mode, e.origin, form);
      if (typeof q !== 'string') out.push(q);
    }
  }
  return out;
}

/**
 * The entries round-robin over their modules (first Conv2d, first Linear, ..., second Conv2d, ...), each module's
 * own order kept: a run cut short by a budget has measured every module about equally.
 */
export function interleaveByOp(entries: BenchEntry[]): BenchEntry[] {
  const queues = new Map<string, BenchEntry[]>();
  for (const e of entries) {
    // An int8 form is a module of its own here: its own kernel, its own turn.
    const key = e.quant ? `${e.op}|${e.quant}` : e.op;
    const q = queues.get(key);
    if (q) q.push(e);
    else queues.set(key, [e]);
  }
  const out: BenchEntry[] = [];
  for (let round = 0; out.length < entries.length; round++) {
    for (const q of queues.values()) if (round < q.length) out.push(q[round]!);
  }
  return out;
}
