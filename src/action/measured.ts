// Measurement artifacts (`energy-diff measure` output) next to estimates: each artifact is matched to a
// changed model, extrapolated to the full run, and compared with the estimated training run; core/report
// renders the rows as the comment's measured section.
import { basename, isAbsolute, resolve } from 'node:path';
import picomatch from 'picomatch';
import { MAX_BYTES, readChecked } from '../adapters/safe-read.js';
import { parseJsonLocated } from '../core/layers-json/index.js';
import { summariseMeasurement } from '../core/extrapolate/index.js';
import type { HardwareProfile, EstimateReport } from '../core/estimate/index.js';
import type { MeasuredRow } from '../core/report/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { estimateModelFile } from '../app/estimate-model.js';
import type { ActionConfig } from '../core/config/index.js';
import { settingsFor } from './estimate-changes.js';
import { findFiles } from './find-files.js';

/** `models/sample-cnn.onnx` → `sample-cnn`. */
export function modelStem(path: string): string {
  return basename(path).replace(/\.layers\.json$|\.onnx$|\.[^.]+$/, '');
}

/**
 * The model an artifact belongs to: the longest model stem that starts the artifact's file name followed by
 * `.`, `-` or `_` (`sample-cnn-wide.measurement.json` → sample-cnn-wide, not sample-cnn).
 */
export function matchArtifact(artifact: string, models: string[]): string | null {
  const name = basename(artifact);
  let best: string | null = null;
  for (const m of models) {
    const stem = modelStem(m);
    if (!name.startsWith(stem) || !/^[._-]/.test(name.slice(stem.length))) continue;
    if (best === null || stem.length > modelStem(best).length) best = m;
  }
  return best;
}

/** Artifacts per head model path: config `models[].measurement` globs first, then the input globs by name. */
export async function assignArtifacts(workspace: string, inputGlobs: string[], config: ActionConfig, models: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const claimed = new Set<string>();
  const push = (model: string, file: string) => {
    if (claimed.has(file)) return;
    claimed.add(file);
    out.set(model, [...(out.get(model) ?? []), file]);
  };
  for (const entry of config.models) {
    if (!entry.measurement) continue;
    const owners = models.filter((m) => picomatch(entry.path, { dot: true })(m));
    if (owners.length === 0) continue;
    for (const file of await findFiles(workspace, [entry.measurement])) {
      const owner = owners.length === 1 ? owners[0] : matchArtifact(file, owners);
      if (owner) push(owner, file);
    }
  }
  if (inputGlobs.length) {
    for (const file of await findFiles(workspace, inputGlobs)) {
      const owner = matchArtifact(file, models);
      if (owner) push(owner, file);
    }
  }
  return out;
}

async function trainingRunEstimate(headFile: string, model: string, profile: HardwareProfile, config: ActionConfig) {
  const s = settingsFor(config, model);
  const run = s.entry?.workload?.trainingRun;
  if (!run) return undefined;
  // The same roll-up `energy-diff estimate` prints (estimateModelFile's workload), at the run's batch.
  const { batch, ...perRun } = run;
  const [trainStep] = (await estimateModelFile(headFile, [profile], {
    mode: 'train-step', batch, inputShapes: s.inputShapes, displayPath: model, workload: { trainingRun: perRun },
  })) as [EstimateReport];
  // A profile without a train-step predictor prices every layer as unsupported: no estimate, not 0 J.
  const priced = trainStep.coverage.estimated > 0 && trainStep.totals.energyJ > 0;
  return { run, estimate: priced ? trainStep.workload?.trainingRun : undefined };
}

/**
 * An artifact's JSON. Relative paths (the workspace, which the pull request controls) must resolve inside it;
 * absolute ones come from the workflow's measurement input. Errors never quote the file's content.
 */
function readArtifact(workspace: string, artifact: string): unknown {
  const text = readChecked(resolve(workspace, artifact), {
    code: 'E_MEASUREMENT', what: 'measurement artifact', maxBytes: MAX_BYTES.measurement, display: artifact,
    ...(isAbsolute(artifact) ? {} : { root: workspace }),
  });
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    throw new EnergyDiffError('E_MEASUREMENT', `the measurement artifact is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.reason})`, { file: artifact });
  }
  return parsed.value;
}

/** One row per artifact; artifacts that are not measurement files fail with E_MEASUREMENT naming the file. */
export async function measuredRows(
  workspace: string, assigned: Map<string, string[]>, headFiles: Map<string, string>, profiles: HardwareProfile[], config: ActionConfig,
): Promise<MeasuredRow[]> {
  const rows: MeasuredRow[] = [];
  for (const [model, artifacts] of [...assigned].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const s = settingsFor(config, model);
    const profile = profiles.find((p) => p.id === s.entry?.measuredProfile) ?? profiles[0];
    const headFile = headFiles.get(model);
    if (!profile || !headFile) continue;
    const planned = await trainingRunEstimate(headFile, model, profile, config);
    for (const artifact of artifacts) {
      const value = readArtifact(workspace, artifact);
      const summary = summariseMeasurement(value, { file: artifact, ...(planned ? { totalEpochs: planned.run.epochs } : {}) });
      const row: MeasuredRow = { model, profile: profile.id, artifact, summary };
      if (!planned) row.noEstimate = 'declare workload.trainingRun for this model in the config to compare';
      else if (!planned.estimate) row.noEstimate = `profile ${profile.id} cannot price a train step of this model`;
      if (planned?.estimate) {
        row.estimatedJ = planned.estimate.energyJ;
        row.estimatedLowJ = planned.estimate.energyJLow;
        row.estimatedHighJ = planned.estimate.energyJHigh;
        if (row.estimatedJ > 0) row.differencePct = (100 * (summary.extrapolatedJ - row.estimatedJ)) / row.estimatedJ;
      }
      rows.push(row);
    }
  }
  return rows;
}
