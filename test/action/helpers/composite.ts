// Runs a composite sub-action (measure/action.yml, cli/action.yml) as the runner does: each `run:` step with
// bash, its `env:` and `working-directory:` expressions filled from the `with:` inputs and the defaults, and
// GITHUB_ACTION_PATH at the sub-action's folder inside a built action (dist/ next to it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './runner.js';

interface Meta {
  inputs: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; steps: { shell: string; run: string; env?: Record<string, string>; 'working-directory'?: string }[] };
}

export interface CompositeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `${{ inputs.name }}` → the input's value (only the form the sub-actions use). */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([a-z-]+)\s*\}\}/g, (_m, name: string) => inputs[name] ?? '');
}

/** `file` is relative to the repository (e.g. measure/action.yml); `actionDir` a built action (buildBundle). */
export async function runComposite(file: string, actionDir: string, given: Record<string, unknown>, o: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CompositeRun> {
  const meta = parse(readFileSync(join(ROOT, file), 'utf8')) as Meta;
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const value = given[name] ?? spec.default;
    if (value === undefined && spec.required) throw new Error(`${file}: input ${name} is required`);
    inputs[name] = value === undefined ? '' : String(value);
  }
  const out: CompositeRun = { code: 0, stdout: '', stderr: '' };
  for (const step of meta.runs.steps) {
    const env: NodeJS.ProcessEnv = { ...o.env, GITHUB_ACTION_PATH: join(actionDir, dirname(file)) };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, inputs);
    const cwd = resolve(o.cwd, expand(step['working-directory'] ?? '.', inputs));
    // The runner runs `shell: bash` steps as `bash --noprofile --norc -eo pipefail {0}`.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
    out.code = await new Promise<number | null>((res) => child.on('close', res));
    if (out.code !== 0) break;
  }
  return out;
}
