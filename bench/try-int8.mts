import { readFileSync } from 'node:fs';
import { loadModel } from '../src/adapters/load-model.js';
import { loadOnnxRuntime } from '../src/adapters/onnxruntime.js';
import { measureModel } from '../src/adapters/ort-measure.js';
import { validateProfile } from '../src/core/estimate/index.js';
import { inferModel } from '../src/core/infer/index.js';
import { estimateOnRuntime, ortGraphEstimate } from '../src/core/ort/index.js';
const profile = validateProfile(JSON.parse(readFileSync(process.argv[2]!, 'utf8')), process.argv[2]!);
const ort = await loadOnnxRuntime();
for (const f of ['cnn-fp32', 'cnn-qdq']) {
  const file = `/tmp/int8/cnn/${f}.onnx`;
  const model = await loadModel(file);
  const inferred = inferModel(model, { batch: 1 }, file);
  const { plan, estimate } = ortGraphEstimate(model, inferred, profile);
  const pred = estimateOnRuntime(inferred, profile, { mode: 'inference', modelPath: file, format: 'onnx' }, model).totals.seconds!;
  const t = await measureModel(ort, file, [{ name: 'x', dims: [1, 3, 64, 64], elemType: 1 }], { threads: 1, executionProvider: 'cpu', warmup: 3, seconds: 2, minRuns: 5 });
  console.log(f, 'pred ms', (pred * 1e3).toFixed(3), 'cpu ms', (t.cpuSeconds * 1e3).toFixed(3), 'wall', (t.medianSeconds*1e3).toFixed(3), 'kernels', t.kernels, 'planned', estimate.kernels);
  for (const g of estimate.groups) console.log('  ', g.group.kernel, g.group.rule, g.group.precision ?? '', (g.seconds * 1e3).toFixed(3));
  console.log('  reorders', estimate.reorders.length, 'removed', plan.removed.length);
}
