// The one path from a model file to estimate reports: load → infer → estimate, per profile, with the
// optional workload roll-up. Shared by the CLI (estimate, diff) and the action so they can never disagree.
import { loadModel } from '../adapters/load-model.js';
import { estimateEnergy, estimateWorkload, profileRunOverheadJ, type HardwareProfile, type EstimateReport, type Mode, type Serving, type TrainingRun } from '../core/estimate/index.js';
import { castModel, type DecodedModel, type DeployPrecision } from '../core/graph/index.js';
import { inferModel, type InferOptions, type InferredModel } from '../core/infer/index.js';
import { estimateOnRuntime, ortRuntime } from '../core/ort/index.js';

/** A declared workload: a training run and/or a serving load, with optional unit conversions. */
export interface WorkloadSpec {
  /** The run's batch is the estimate's batch (--batch, or the config's batch). */
  trainingRun?: Omit<TrainingRun, 'batch'>;
  serving?: Serving;
  gridIntensityGCO2ePerKWh?: number;
  pricePerKWh?: number;
}

export interface EstimateModelOptions extends InferOptions {
  mode: Mode;
  /** Path shown in reports (repository-relative in the action); defaults to the file path. */
  displayPath?: string;
  workload?: WorkloadSpec;
  /** How an fp32 export is deployed (autocast, .half(), .to(bf16)): its float tensors are priced at this type. */
  precision?: DeployPrecision;
}

/**
 * The decoded model is kept past inference only when an onnxruntime profile needs it for ORT's fused graph:
 * at 10^6 nodes it is as large as the inferred layers.
 */
async function inferFile(file: string, opts: EstimateModelOptions, keepModel: boolean): Promise<{ inferred: InferredModel; format: DecodedModel['format']; model?: DecodedModel }> {
  const loaded = await loadModel(file);
  const deployed = opts.precision !== undefined && opts.precision !== 'fp32';
  const model = deployed ? castModel(loaded, opts.precision!) : loaded;
  const inferred = inferModel(model, { batch: opts.batch, inputShapes: opts.inputShapes }, file);
  if (deployed) {
    inferred.diagnostics.push({
      severity: 'info', code: 'I_PRECISION_DEPLOYED',
      message: `priced as deployed at ${opts.precision}: every float32 tensor of the export is taken as ${opts.precision} (bytes and compute roofs)`,
    });
  }
  return { inferred, format: model.format, ...(keepModel ? { model } : {}) };
}

export async function estimateModelFile(file: string, profiles: HardwareProfile[], opts: EstimateModelOptions): Promise<EstimateReport[]> {
  const { inferred, format, model } = await inferFile(file, opts, profiles.some((p) => ortRuntime(p) !== undefined));
  const modelPath = opts.displayPath ?? file;
  return profiles.map((profile) => {
    const estimate = (mode: Mode): EstimateReport =>
      model ? estimateOnRuntime(inferred, profile, { mode, modelPath, format }, model) : estimateEnergy(inferred, profile, { mode, modelPath, format });
    const report = estimate(opts.mode);
    const workload = opts.workload;
    if (!workload || (!workload.trainingRun && !workload.serving)) return report;
    // A training run needs the train step (and inference for eval passes); serving needs inference.
    const run = workload.trainingRun;
    const pick = (mode: Mode, needed: boolean): EstimateReport | undefined =>
      mode === opts.mode ? report : needed ? estimate(mode) : undefined;
    const inference = pick('inference', workload.serving !== undefined || Boolean(run?.evalSamples));
    const trainStep = pick('train-step', run !== undefined);
    // A roll-up of an estimate that priced no layer would read as ~0 J: leave that part out and say why.
    // Nodes that launch no kernel (views, shape arithmetic) count as estimated at 0 J: they price nothing.
    const drop = (part: string, r: EstimateReport | undefined): boolean => {
      if (!r || r.coverage.nodes === 0 || r.layers.some((l) => l.status === 'estimated' && l.energyJ > 0)) return false;
      report.diagnostics.push({
        severity: 'warning',
        code: 'W_WORKLOAD_UNPRICED',
        message: `${part} left out: profile ${profile.id} prices no layer of this model in mode '${r.mode}'`,
      });
      return true;
    };
    const keepRun = run !== undefined && !drop('training run', trainStep) && !(run.evalSamples && drop('training run', inference));
    const keepServing = workload.serving !== undefined && !drop('serving', inference);
    if (!keepRun && !keepServing) return report;
    report.workload = estimateWorkload({
      inference,
      trainStep,
      trainingRun: keepRun && run ? { ...run, batch: report.batch } : undefined,
      serving: keepServing ? workload.serving : undefined,
      perRunOverheadJ: profileRunOverheadJ(profile),
      gridIntensityGCO2ePerKWh: workload.gridIntensityGCO2ePerKWh,
      pricePerKWh: workload.pricePerKWh,
    });
    return report;
  });
}
