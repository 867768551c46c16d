// One metered run of a training command: meters sampling, the epoch protocol watched (epoch file, else stdout
// markers), the measurement file rewritten atomically at start, at every epoch and at the end, and a clean stop
// after N epochs or when energy-diff itself is interrupted.
import { closeSync, mkdtempSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMeasurement, type RunState, EPOCH_FILE_ENV, parseEpochLine, parseStdoutMarker, takeLines, type Measurement } from '../../core/measure/index.js';
import { runCommand, type CommandExit, type RunningCommand } from '../run-command.js';
import { monotonicClock, type Clock, type Meter } from './types.js';

export interface SessionOptions {
  command: string[];
  meters: Meter[];
  outPath: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  epochsRequested?: number;
  plannedEpochs?: number;
  graceMs: number;
  warnings: string[];
  /** How often the epoch file is polled. */
  pollMs?: number;
}

export interface SessionResult {
  measurement: Measurement;
  exit: CommandExit;
}

/** Writes next to the target and renames, so a reader never sees half a file. */
export function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function hostFacts(): Measurement['host'] {
  const cpu = cpus();
  return { hostname: hostname(), platform: process.platform, arch: process.arch, cpuModel: cpu[0]?.model.trim() ?? 'unknown', cpus: cpu.length };
}

export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const clock: Clock = monotonicClock();
  const state: RunState = {
    command: opts.command, startTime: new Date().toISOString(), endTime: null, status: 'running', exitCode: null, signal: null,
    epochsRequested: opts.epochsRequested ?? null, plannedEpochs: opts.plannedEpochs ?? null, host: hostFacts(), boundaries: [], endT: 0, warnings: [...opts.warnings],
  };
  const epochDir = mkdtempSync(join(tmpdir(), 'energy-diff-epochs-'));
  const epochFile = join(epochDir, 'epochs.jsonl');
  writeFileSync(epochFile, '');
  const save = () => {
    state.endT = clock();
    writeAtomically(opts.outPath, `${JSON.stringify(buildMeasurement(state, opts.meters.map((m) => ({ info: m.info, samples: m.history() }))), null, 2)}\n`);
  };
  for (const m of opts.meters) await m.start(clock);
  save();

  let protocol: 'file' | 'stdout' | undefined;
  let stopping: Promise<CommandExit> | undefined;
  let command: RunningCommand | undefined;
  const boundary = (epoch: number, fields: Record<string, unknown> | undefined, via: 'file' | 'stdout') => {
    // The first protocol seen wins, so a script that does both is not counted twice.
    protocol ??= via;
    if (protocol !== via) return;
    // The boundary and the counter reading share one timestamp, so nothing is interpolated across it.
    const t = clock();
    const previous = state.boundaries[state.boundaries.length - 1];
    if (previous && epoch <= previous.epoch) state.warnings.push(`epoch ${epoch} reported after epoch ${previous.epoch}: epochs are taken in the order reported`);
    for (const m of opts.meters) m.read(t);
    state.boundaries.push({ epoch, t, ...(fields ? { fields } : {}) });
    save();
    stopIfDone();
  };

  let offset = 0;
  let rest = '';
  const pollEpochFile = () => {
    const fd = openSync(epochFile, 'r');
    try {
      const buf = Buffer.alloc(65536);
      let n: number;
      while ((n = readSync(fd, buf, 0, buf.length, offset)) > 0) {
        offset += n;
        rest += buf.toString('utf8', 0, n);
      }
    } finally {
      closeSync(fd);
    }
    const taken = takeLines(rest);
    rest = taken.rest;
    for (const line of taken.lines) {
      const parsed = parseEpochLine(line);
      if (parsed?.kind === 'epoch') boundary(parsed.epoch, parsed.fields, 'file');
      else if (parsed?.kind === 'invalid') state.warnings.push(`ignored epoch-file line: ${parsed.reason}`);
    }
  };

  const onSignal = (sig: NodeJS.Signals) => {
    if (!command) return;
    if (state.status === 'interrupted') {
      command.signal('SIGKILL'); // a second Ctrl-C: stop waiting
      return;
    }
    state.status = 'interrupted';
    stopping = command.stop(opts.graceMs);
    opts.stderr.write(`energy-diff measure: ${sig}: stopping the command (SIGINT, then SIGTERM, then SIGKILL)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const timer = setInterval(pollEpochFile, opts.pollMs ?? 50);
  const stopIfDone = () => {
    if (opts.epochsRequested !== undefined && state.boundaries.length >= opts.epochsRequested && !stopping && command) {
      state.status = 'stopped';
      stopping = command.stop(opts.graceMs);
    }
  };
  try {
    command = await runCommand(opts.command, {
      cwd: opts.cwd,
      // Unbuffered Python stdout, so stdout markers arrive when printed, not when a 4 KiB buffer fills.
      env: { PYTHONUNBUFFERED: '1', ...opts.env, [EPOCH_FILE_ENV]: epochFile },
      stdout: opts.stdout,
      stderr: opts.stderr,
      onStdoutLine: (line) => {
        const epoch = parseStdoutMarker(line);
        if (epoch !== null) boundary(epoch, undefined, 'stdout');
      },
    });
    stopIfDone();
    const exit = await command.exited;
    if (stopping) await stopping;
    clearInterval(timer);
    pollEpochFile();
    for (const m of opts.meters) {
      await m.stop();
      state.warnings.push(...m.warnings);
    }
    state.exitCode = exit.exitCode;
    state.signal = exit.signal;
    if (state.status === 'running') state.status = exit.exitCode === 0 ? 'completed' : 'failed';
    if (state.boundaries.length === 0) state.warnings.push(`no epoch boundary seen: append {"epoch": k} lines to $${EPOCH_FILE_ENV} or print 'ENERGY_DIFF_EPOCH_END k' (docs/measure.md)`);
    state.endTime = new Date().toISOString();
    save();
    return { measurement: buildMeasurement(state, opts.meters.map((m) => ({ info: m.info, samples: m.history() }))), exit };
  } catch (err) {
    // The command could not start (or a meter failed): the file still says so.
    state.status = 'failed';
    state.warnings.push(err instanceof Error ? err.message : String(err));
    state.endTime = new Date().toISOString();
    save();
    throw err;
  } finally {
    clearInterval(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const m of opts.meters) await m.stop().catch(() => undefined);
    rmSync(epochDir, { recursive: true, force: true });
  }
}
