// energy-diff inspect <model> [--batch N] [--input name=1x3x224x224] [--mode inference|train-step] [--format text|json|markdown]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadModel } from '../../adapters/load-model.js';
import { renderInspect, type InspectFormat, inferModel, type InferOptions } from '../../core/infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH, planCells, planJson, planSummary } from '../../core/plan/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { positiveInt } from '../args.js';
import { LIMITS } from '../../core/common/index.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff inspect <model.onnx|model.layers.json> [options]

  --batch N                 infer at batch N (re-derives batch sizes baked into the export)
  --input name=1x3x224x224  shape of a model input (repeatable)
  --mode inference|train-step  kernel plan of this mode (default inference)
  --format text|json|markdown  output format (default text)

The kernel column shows which kernels eager PyTorch launches for the graph (docs/estimator.md): kN on the
node a kernel is reported on, "→ kN" on the other nodes it covers, "free: ..." where none launches.
`;

export async function inspect(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      batch: { type: 'string' },
      input: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      mode: { type: 'string', default: 'inference' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) {
    io.stderr.write(HELP);
    return 2;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new EnergyDiffError('E_ARG', `--format expects text, json or markdown, got '${format ?? ''}'`);
  }
  const mode = values.mode;
  if (mode !== 'inference' && mode !== 'train-step') throw new EnergyDiffError('E_ARG', `--mode expects inference or train-step, got '${mode ?? ''}'`);
  const opts: InferOptions = {};
  if (values.batch !== undefined) opts.batch = positiveInt(values.batch, '--batch', LIMITS.batch);
  if (values.input) opts.inputShapes = parseInputs(values.input);
  const model = await loadModel(resolve(io.cwd, path));
  const inferred = inferModel(model, opts, path);
  const plan = buildKernelPlan(inferred.layers, EAGER_PYTORCH, mode);
  io.stdout.write(renderInspect(inferred, format as InspectFormat, {
    column: { header: 'kernel', cells: planCells(plan) },
    lines: [planSummary(plan)],
    json: { plan: planJson(plan, inferred.layers) },
  }));
  return 0;
}

/** `name=1x3x224x224` (the name may itself contain '='; the last one separates). */
export function parseInputs(specs: string[]): Record<string, number[]> {
  const shapes = Object.create(null) as Record<string, number[]>;
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    const dims = spec.slice(eq + 1).split(/[x,]/).map(Number);
    if (eq <= 0 || dims.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new EnergyDiffError('E_ARG', `--input expects name=DIMxDIM... (e.g. input=1x3x224x224), got '${spec}'`, { input: spec });
    }
    shapes[spec.slice(0, eq)] = dims;
  }
  return shapes;
}
