// The artifact folder (`artifact-dir`): report.json, comment.md and relay.json, written in every outcome —
// a diff, no model change, or an error — so the workflow always has something to upload and the fork relay
// (docs/workflows/relay-comment.yml) never fails on a missing artifact. relay.json tells the relay what to do.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../core/diff/index.js';
import type { InferenceSection } from '../core/report/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { describeError } from './errors.js';

export type Outcome = 'changes' | 'no-changes' | 'error';

export interface RelayData {
  schema: 'energy-diff/relay@1';
  pr: number | null;
  headSha: string;
  key: string;
  timestamp: string;
  outcome: Outcome;
  verdict: Verdict | 'error';
  /**
   * What the relay does with comment.md: `upsert` (create or update the sticky comment), `update` (only
   * an existing one: a PR that never changed a model gets no comment), `none` (post nothing).
   */
  comment: 'upsert' | 'update' | 'none';
  /** The error, for an `error` outcome. */
  error?: string;
}

export interface ArtifactFiles {
  dir: string;
  reportJson: string;
  /** measured-inference.json, when the measure-inference input ran. */
  measuredInferenceJson?: string;
}

/** `$RUNNER_TEMP/energy-diff/<comment-key>/`: one folder per comment key. */
export function artifactDir(env: NodeJS.ProcessEnv, key: string): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'energy-diff', key);
}

export async function writeArtifacts(dir: string, files: { report: unknown; body: string; relay: RelayData; measuredInference?: InferenceSection }): Promise<ArtifactFiles> {
  await mkdir(dir, { recursive: true });
  const reportJson = join(dir, 'report.json');
  await writeFile(reportJson, JSON.stringify(files.report, null, 2) + '\n');
  await writeFile(join(dir, 'comment.md'), files.body);
  await writeFile(join(dir, 'relay.json'), JSON.stringify(files.relay, null, 2) + '\n');
  if (!files.measuredInference) return { dir, reportJson };
  // The measure-inference rows (only when the input enabled it): energy-diff/measured-inference@1.
  const measuredInferenceJson = join(dir, 'measured-inference.json');
  await writeFile(measuredInferenceJson, JSON.stringify({ schema: 'energy-diff/measured-inference@1', ...files.measuredInference }, null, 2) + '\n');
  return { dir, reportJson, measuredInferenceJson };
}

/** The report of a run that failed: the error with its code and place, nothing that looks like a verdict. */
export function errorReport(err: unknown): { schema: 'energy-diff/error@1'; error: { code: string; message: string; place: EnergyDiffError['place'] } } {
  const e = err instanceof EnergyDiffError ? err : new EnergyDiffError('E_INTERNAL', err instanceof Error ? err.message : String(err));
  return { schema: 'energy-diff/error@1', error: { code: e.code, message: e.message, place: e.place } };
}

/** comment.md of a failed run (kept for people reading the artifact; the relay does not post it). */
export function errorBody(err: unknown): string {
  const e = err instanceof EnergyDiffError ? err : new EnergyDiffError('E_INTERNAL', err instanceof Error ? err.message : String(err));
  return `### ⚡ energy-diff: error\n\n${e.place.file ? `\`${e.place.file}\`: ` : ''}${describeError(e)}\n\nNo estimate was made; see the job log.\n`;
}
