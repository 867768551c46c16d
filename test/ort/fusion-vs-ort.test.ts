// The fusion rules (core/ort/fusion.ts) against what onnxruntime itself does: real exports (torchvision CNNs, a toy
// DenseNet, transformer encoders at opset 17 and 14, an MLP) are loaded into ORT with graph optimization "all" on
// this CPU; its saved optimized graph (optimizedModelFilePath) and its profiler name every kernel it runs. The
// kernels that move tensor data (float tensor outputs) must match the plan's exactly, by domain and op; the kernels
// of shape arithmetic ORT folds or merges more of than the rules do, so for those only a bound is checked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ortForTests } from './ort-for-tests.js';
import { readCpuinfo } from '../../src/adapters/cpu-facts.js';
import { loadModel } from '../../src/adapters/load-model.js';
import { OrtRunner, type OrtModule } from '../../src/adapters/onnxruntime.js';
import { feedsOf } from '../../src/adapters/ort-measure.js';
import { nchwcBlockOf } from '../../src/core/calibrate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { fusionNodes, ortKernelPlan, summarizeProfile, type KernelPlan } from '../../src/core/ort/index.js';
import { CACHE_DIR } from '../infer/helpers/load.js';
import { cachedPythonJson, hasTorch } from '../infer/helpers/python.js';

interface Manifest {
  [name: string]: { file: string; shape: number[]; dtype: 'float32' | 'int64' };
}

const MS = 'com.microsoft';
const NCHWC = 'com.microsoft.nchwc';
/** The plan's kernel names as ORT's optimized graph writes them (domain:op). */
const ORT_NAME: Record<string, string> = {
  NchwcConv: `${NCHWC}:Conv`, NchwcMaxPool: `${NCHWC}:MaxPool`, NchwcAveragePool: `${NCHWC}:AveragePool`,
  NchwcGlobalAveragePool: `${NCHWC}:GlobalAveragePool`, NchwcGlobalMaxPool: `${NCHWC}:GlobalMaxPool`,
  ReorderInput: `${NCHWC}:ReorderInput`, ReorderOutput: `${NCHWC}:ReorderOutput`,
  FusedConv: `${MS}:FusedConv`, FusedGemm: `${MS}:FusedGemm`, FusedMatMul: `${MS}:FusedMatMul`,
  Gelu: `${MS}:Gelu`, BiasGelu: `${MS}:BiasGelu`, QuickGelu: `${MS}:QuickGelu`,
};
/** Kernels ORT runs without moving data (views and shape bookkeeping, even on float tensors). */
const NO_COPY = new Set(['Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'Identity', 'Shape']);

const count = (keys: string[]) => keys.reduce<Record<string, number>>((a, k) => ((a[k] = (a[k] ?? 0) + 1), a), {});

async function ortKernels(ort: OrtModule, file: string, dims: number[], dtype: 'float32' | 'int64') {
  const opt = join(mkdtempSync(join(tmpdir(), 'ed-ort-opt-')), 'optimized.onnx');
  const runner = await OrtRunner.create(ort, file, feedsOf([{ name: 'input', dims, elemType: dtype === 'int64' ? 7 : 1 }]), {
    threads: 1, executionProvider: 'cpu', profiling: true, optimizedModelPath: opt,
  });
  await runner.call();
  await runner.call();
  const kernels = summarizeProfile(runner.profile(), 1).kernels;
  await runner.release();
  // The optimized graph ORT saved: the domain of every node it runs.
  const nodes = new Map((await loadModel(opt)).graph.nodes.map((n) => [n.name, n]));
  const key = (k: (typeof kernels)[number]) => {
    const n = nodes.get(k.node);
    return n ? `${n.domain && n.domain !== 'ai.onnx' ? `${n.domain}:` : ''}${n.opType}` : k.op;
  };
  // Data: float tensors (a float scalar is shape arithmetic: sqrt(head size) computed from a dynamic shape).
  const data = kernels.filter((k) => k.outputTypes.includes('float') && k.outputElements > 1 && !NO_COPY.has(k.op));
  return { all: kernels.length, data: count(data.map(key)), optimizedNodes: nodes.size };
}

function planKernels(plan: KernelPlan) {
  const data = [
    ...plan.groups.filter((g) => !g.metadataOnly).flatMap((g) => g.kernel.split('+')),
    ...plan.reorders.map((r) => r.kernel),
  ].map((k) => ORT_NAME[k] ?? k);
  return { all: plan.groups.reduce((a, g) => a + g.kernels, 0) + plan.reorders.length, data: count(data) };
}

const ready = hasTorch();
let nchwcBlock = 0;
try {
  nchwcBlock = nchwcBlockOf(readCpuinfo().flags);
} catch {
  // not Linux: no NCHWc expected
}

describe('ORT fusion rules vs the graph onnxruntime optimizes', async () => {
  const ort = await ortForTests();
  const manifest: Manifest = {
    ...(ready ? cachedPythonJson<Manifest>('test/ort/export_fusion_models.py', [join(CACHE_DIR, 'ort-fusion')], 600_000) : {}),
    // The README's sample: a training-mode export (BatchNorm with running-statistics outputs: not folded).
    'models/sample-cnn': { file: 'models/sample-cnn.onnx', shape: [3, 64, 64], dtype: 'float32' },
  };
  for (const [name, m] of Object.entries(manifest)) {
    it.skipIf(!ort)(`${name}: the data kernels ORT runs are the plan's`, async () => {
      const batch = 2;
      const model = await loadModel(m.file);
      const plan = ortKernelPlan(fusionNodes(model, inferModel(model, { batch }, m.file)), { graphOutputs: model.graph.outputs.map((o) => o.name), nchwcBlock });
      const ours = planKernels(plan);
      const theirs = await ortKernels(ort!, m.file, [batch, ...m.shape], m.dtype);
      expect(ours.data).toEqual(theirs.data);
      // Shape arithmetic: ORT folds and merges at least as much as the rules (never less), and not far more.
      expect(ours.all).toBeGreaterThanOrEqual(theirs.all);
      expect(ours.all).toBeLessThanOrEqual(Math.ceil(theirs.all * 1.5));
    });
  }
});
