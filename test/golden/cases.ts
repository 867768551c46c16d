// The diffs behind the golden comments, built from plain EstimateReports (test/report/fixtures.ts).
import { applyBudgets, parseBudgetConfig } from '../../src/core/budget/index.js';
import { diffReports, type DiffInput, type ReportDiff } from '../../src/core/diff/index.js';
import type { HardwareProfileSummary } from '../../src/core/estimate/index.js';
import { CPU, H100, atBatch, cnn, report, withWorkload, type L } from '../report/fixtures.js';

const BASE_SHA = '3f2a9c1d0b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b';
const HEAD_SHA = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d';

const PROFILES: HardwareProfileSummary[] = [
  { id: 'h100-sxm', name: 'NVIDIA H100 SXM', kind: 'gpu', version: '1.0.0', calibrated: true, calibratedOn: 'per-layer NVML measurements, data/h100', fitDate: '2026-11-20' },
  { id: 'xeon-spec', name: 'Xeon (spec sheet)', kind: 'cpu', version: '0.1.0', calibrated: false },
];

function make(input: Omit<DiffInput, 'profiles'>): ReportDiff {
  return diffReports({ ...input, base: { sha: BASE_SHA, ...input.base }, head: { sha: HEAD_SHA, ...input.head }, profiles: PROFILES });
}

export function oneModelChanged(): ReportDiff {
  return make({
    base: { reports: [report('models/resnet_block.onnx', H100, cnn(64))] },
    head: { reports: [report('models/resnet_block.onnx', H100, cnn(96))] },
  });
}

export function severalModelsAndProfiles(): ReportDiff {
  const a = cnn(64);
  const aHead: L[] = [...a.filter(([n]) => n !== 'relu2'), ['fc2', 'Gemm', 1_000_000, [1, 1000]]];
  const side = (layersA: L[], widthC: number) =>
    [H100, CPU].flatMap((p) => [
      report('models/a.onnx', p, layersA, { batch: 8 }),
      report('models/b.layers.json', p, cnn(32), { batch: 8 }),
      report('models/c.onnx', p, cnn(widthC), { batch: 8 }),
    ]);
  return make({ base: { reports: side(a, 128) }, head: { reports: side(aHead, 64) } });
}

export function addedAndRemoved(): ReportDiff {
  return make({
    base: { reports: [report('models/old_head.onnx', H100, cnn(16)), report('models/backbone.onnx', H100, cnn(64))] },
    head: { reports: [report('models/new_head.onnx', H100, cnn(32)), report('models/backbone.onnx', H100, cnn(64))] },
  });
}

/** An identical file moved, and a model re-exported under a new path with renumbered node names. */
export function renamed(): ReportDiff {
  const torchNames = cnn(64).map(([n, ...rest], i) => [`/features/${n}_${i}`, ...rest] as L);
  const legacyNames = cnn(64).map(([, op, macs, shape], i) => [`${op}_${12 + i}`, op, macs, shape] as L);
  legacyNames[6] = ['Gemm_18', 'Gemm', 1000 * 64 * 2, [1, 2000]];
  return make({
    base: { reports: [report('old/mlp.onnx', H100, cnn(8)), report('legacy/net.onnx', H100, torchNames)] },
    head: { reports: [report('models/mlp.onnx', H100, cnn(8)), report('models/net.onnx', H100, legacyNames)] },
    renames: [{ from: 'old/mlp.onnx', to: 'models/mlp.onnx' }, { from: 'legacy/net.onnx', to: 'models/net.onnx' }],
  });
}

/** Custom operators the estimator cannot price, and names that need escaping. */
export function unsupportedOps(): ReportDiff {
  const unsupported = [
    ...['a', 'b', 'c'].map((x) => ({ op: 'FancyAttention', node: `attn_${x}` })),
    ...[1, 2, 3, 4].map((x) => ({ op: 'NonMaxSuppression', node: `nms_${x}` })),
  ];
  const base: L[] = [['encoder|proj*1', 'MatMul', 4_194_304, [32, 128, 1024]], ['<gelu>_0', 'Gelu', 131_072, [32, 128, 1024]]];
  const head: L[] = [['encoder|proj*1', 'MatMul', 8_388_608, [32, 128, 2048]], ['<gelu>_0', 'Gelu', 262_144, [32, 128, 2048]]];
  return make({
    base: { reports: [report('models/detector `v2`.onnx', H100, base, { mode: 'train-step', batch: 32, unsupported: unsupported.slice(0, 3) })] },
    head: { reports: [report('models/detector `v2`.onnx', H100, head, { mode: 'train-step', batch: 32, unsupported })] },
  });
}

/** A failing relative budget, a pre-existing absolute violation, and a total over its warn level. */
export function overBudget(): ReportDiff {
  const diff = make({
    base: { reports: [report('models/a.onnx', H100, cnn(64)), report('models/big.onnx', H100, cnn(256))] },
    head: { reports: [report('models/a.onnx', H100, cnn(96)), report('models/big.onnx', H100, cnn(240))] },
  });
  const config = parseBudgetConfig(
    {
      failOn: 'low',
      budgets: [
        { model: 'models/**', maxJ: { fail: 0.001 }, maxIncreasePct: { warn: 5, fail: 15 } },
        { total: true, maxJ: { warn: 0.00175, fail: 0.01 } },
      ],
    },
    'energy-budgets.yml',
  );
  return applyBudgets(diff, config);
}

/** 5,000 layers, most of them changed: the details must be trimmed to stay under GitHub's limit. */
export function hugeModel(): ReportDiff {
  const layers = (width: number, extra: number): L[] => {
    const out: L[] = [];
    for (let i = 0; i < 5000; i++) {
      const op = ['MatMul', 'Add', 'Gelu', 'LayerNormalization'][i % 4] as string;
      const grows = i % 3 !== 0;
      const w = grows ? width : 1024;
      out.push([`/blocks.${Math.floor(i / 4)}/${op.toLowerCase()}_${i % 4}`, op, (op === 'MatMul' ? w * 1024 : w) * 128 + i, [1, 128, w]]);
    }
    for (let i = 0; i < extra; i++) out.push([`/adapter.${i}/matmul`, 'MatMul', 64 * 1024 * 128, [1, 128, 64]]);
    return out;
  };
  return make({
    base: { reports: [report('models/llm-5k.onnx', H100, layers(1024, 0))] },
    head: { reports: [report('models/llm-5k.onnx', H100, layers(1280, 120))] },
  });
}

/**
 * Declared workloads: a classifier with a training run and a serving load on two profiles (conversions to
 * kWh, gCO2e and cost configured), an added encoder that is only served, and a run budget it breaks.
 */
export function workloads(): ReportDiff {
  const units = { gridIntensityGCO2ePerKWh: 400, pricePerKWh: 0.25 };
  const classifier = (p: typeof H100, width: number) =>
    withWorkload('models/classifier.onnx', p, atBatch(cnn(width), 256), {
      batch: 256, ...units, perRunOverheadJ: 1500,
      trainingRun: { epochs: 90, trainSamples: 1_281_167, evalSamples: 50_000 },
      serving: { requestsPerMonth: 500_000_000 },
    });
  const encoder = withWorkload('models/encoder.onnx', H100, atBatch(cnn(32, 'enc/'), 8), { batch: 8, ...units, serving: { requestsPerMonth: 50_000_000 } });
  const diff = make({
    base: { reports: [classifier(H100, 64), classifier(CPU, 64)] },
    head: { reports: [classifier(H100, 96), classifier(CPU, 96), encoder] },
  });
  return applyBudgets(diff, parseBudgetConfig({ failOn: 'low', budgets: [{ model: 'models/classifier.onnx', profile: 'h100-sxm', maxRunJ: { warn: 180_000, fail: 200_000 } }] }, 'energy-budgets.yml'));
}

export const CASES: Record<string, { diff: () => ReportDiff; budgetsChecked?: boolean; maxLayerRows?: number }> = {
  'one-model-changed': { diff: oneModelChanged },
  'several-models-profiles': { diff: severalModelsAndProfiles },
  'added-removed': { diff: addedAndRemoved },
  renamed: { diff: renamed },
  'unsupported-ops': { diff: unsupportedOps },
  'over-budget': { diff: overBudget, budgetsChecked: true },
  // Asks for every layer row: the trimmer must cut the 5,120 changes down to what fits.
  'huge-trimmed': { diff: hugeModel, maxLayerRows: 10_000 },
  workload: { diff: workloads, budgetsChecked: true },
};

export const MARKER = '<!-- energy-diff:sticky key=default head=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d at=2026-11-22T14:00:00Z -->';
