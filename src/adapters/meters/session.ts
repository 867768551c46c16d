// One metered run of a training command: meters sampling, the epoch protocol watched (epoch file, else stdout
// markers), each epoch appended to a journal (O(1)), the measurement file written atomically at start, now and
// then during the run and at the end (the journal folded in), and a clean stop after N epochs or when
// energy-diff itself is interrupted. A bad epoch line, or an error while handling one, is a warning: metering
// goes on, and on any error what was metered is still written.
import { closeSync, mkdtempSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import {
  buildMeasurement, epochBetween, journalEpochLine, mergeEpochs, type RunState, JOURNAL_SUFFIX, EPOCH_FILE_ENV, LineSplitter,
  MAX_EPOCH_LINE_CHARS, parseEpochLine, parseStdoutMarker, type Measurement,
} from '../../core/measure/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
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
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new EnergyDiffError('E_MEASURE_WRITE', `cannot write the measurement file: ${(err as Error).message}`, { file: path });
  }
}

function hostFacts(): Measurement['host'] {
  const cpu = cpus();
  return { hostname: hostname(), platform: process.platform, arch: process.arch, cpuModel: cpu[0]?.model.trim() ?? 'unknown', cpus: cpu.length };
}

/** At most this many warnings of one kind are kept (then a count), so a script printing 10^6 bad lines cannot grow the file. */
const WARNINGS_PER_KIND = 10;

class Warnings {
  private readonly counts = new Map<string, number>();
  constructor(private readonly list: string[]) {}
  add(kind: string, message: string): void {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    if (n <= WARNINGS_PER_KIND) this.list.push(message);
  }
  /** One line per kind that went over the limit. */
  summarise(): void {
    for (const [kind, n] of this.counts) if (n > WARNINGS_PER_KIND) this.list.push(`${n - WARNINGS_PER_KIND} more ${kind} warning(s) not listed`);
    this.counts.clear();
  }
}

/**
 * The measurement file is rewritten whole only when the epoch count reaches a power of two, or when the last
 * rewrite is long past (at least 30 s, and 50 times as long as that rewrite took): O(1) amortised per epoch
 * on top of the journal line, and still current enough to watch a long run.
 */
class RewriteSchedule {
  private lastAt = 0;
  private lastCostMs = 0;
  due(epochs: number, nowMs: number): boolean {
    return (epochs & (epochs - 1)) === 0 || nowMs - this.lastAt >= Math.max(30_000, 50 * this.lastCostMs);
  }
  done(startedMs: number, nowMs: number): void {
    this.lastAt = nowMs;
    this.lastCostMs = nowMs - startedMs;
  }
}

export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const clock: Clock = monotonicClock();
  const state: RunState = {
    command: opts.command, startTime: new Date().toISOString(), endTime: null, status: 'running', exitCode: null, signal: null,
    epochsRequested: opts.epochsRequested ?? null, plannedEpochs: opts.plannedEpochs ?? null, host: hostFacts(), boundaries: [], endT: 0, warnings: [...opts.warnings],
  };
  const warnings = new Warnings(state.warnings);
  const traces = () => opts.meters.map((m) => ({ info: m.info, samples: m.history() }));
  const build = () => {
    state.endT = clock();
    return buildMeasurement(state, traces());
  };
  const save = () => writeAtomically(opts.outPath, `${JSON.stringify(build(), null, 2)}\n`);
  const journal = new Journal(`${opts.outPath}${JOURNAL_SUFFIX}`);
  const schedule = new RewriteSchedule();
  const epochDir = mkdtempSync(join(tmpdir(), 'energy-diff-epochs-'));
  const epochFile = join(epochDir, 'epochs.jsonl');
  writeFileSync(epochFile, '');
  let timer: NodeJS.Timeout | undefined;
  let command: RunningCommand | undefined;
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
  let stopping: Promise<CommandExit> | undefined;
  try {
    for (const m of opts.meters) await m.start(clock);
    save();
    journal.open();

    const stopIfDone = () => {
      if (opts.epochsRequested !== undefined && state.boundaries.length >= opts.epochsRequested && !stopping && command) {
        state.status = 'stopped';
        stopping = command.stop(opts.graceMs);
      }
    };
    /** A failure while handling one line is a warning: metering goes on. */
    const guarded = (what: string, run: () => void) => {
      try {
        run();
      } catch (err) {
        warnings.add(what, `${what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    let protocol: 'file' | 'stdout' | undefined;
    const boundary = (epoch: number, fields: Record<string, unknown> | undefined, via: 'file' | 'stdout') => {
      // The first protocol seen wins, so a script that does both is not counted twice.
      protocol ??= via;
      if (protocol !== via) return;
      // The boundary and the counter reading share one timestamp, so nothing is interpolated across it.
      const t = clock();
      const previous = state.boundaries[state.boundaries.length - 1];
      if (previous && epoch <= previous.epoch) warnings.add('epoch order', `epoch ${epoch} reported after epoch ${previous.epoch}: epochs are taken in the order reported`);
      // A meter that cannot be read now still gets the epoch: its energy is interpolated from its samples.
      for (const m of opts.meters) guarded('meter read', () => m.read(t));
      const b = { epoch, t, ...(fields ? { fields } : {}) };
      state.boundaries.push(b);
      // O(log samples) per epoch: the journal line is this epoch alone.
      journal.append(journalEpochLine(mergeEpochs(opts.meters.map((m) => [epochBetween(m.history(), m.info.domains, b, previous?.t ?? 0)]))[0]!));
      const now = performance.now();
      if (schedule.due(state.boundaries.length, now)) {
        save();
        schedule.done(now, performance.now());
      }
      stopIfDone();
    };

    let offset = 0;
    const decoder = new StringDecoder('utf8');
    const lines = new LineSplitter(MAX_EPOCH_LINE_CHARS);
    let dropped = 0;
    const handleLines = (found: string[]) => {
      for (const line of found) {
        const parsed = parseEpochLine(line);
        if (parsed?.kind === 'epoch') boundary(parsed.epoch, parsed.fields, 'file');
        else if (parsed?.kind === 'invalid') warnings.add('epoch-file line', `ignored epoch-file line: ${parsed.reason}`);
      }
      if (lines.dropped > dropped) {
        warnings.add('epoch-file line', `ignored ${lines.dropped - dropped} epoch-file line(s) longer than ${MAX_EPOCH_LINE_CHARS} characters`);
        dropped = lines.dropped;
      }
    };
    const pollEpochFile = () => {
      const fd = openSync(epochFile, 'r');
      try {
        const buf = Buffer.alloc(65536);
        let n: number;
        // Each chunk is split as it is read: an endless line is dropped on the way, never held.
        while ((n = readSync(fd, buf, 0, buf.length, offset)) > 0) {
          offset += n;
          handleLines(lines.push(decoder.write(buf.subarray(0, n))));
        }
      } finally {
        closeSync(fd);
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    timer = setInterval(() => guarded('epoch file', pollEpochFile), opts.pollMs ?? 50);
    command = await runCommand(opts.command, {
      cwd: opts.cwd,
      // Unbuffered Python stdout, so stdout markers arrive when printed, not when a 4 KiB buffer fills.
      env: { PYTHONUNBUFFERED: '1', ...opts.env, [EPOCH_FILE_ENV]: epochFile },
      stdout: opts.stdout,
      stderr: opts.stderr,
      onStdoutLine: (line) =>
        guarded('stdout marker', () => {
          const epoch = parseStdoutMarker(line);
          if (epoch !== null) boundary(epoch, undefined, 'stdout');
        }),
    });
    stopIfDone();
    const exit = await command.exited;
    if (stopping) await stopping;
    clearInterval(timer);
    guarded('epoch file', () => {
      pollEpochFile();
      handleLines(lines.push(decoder.end()));
      handleLines(lines.end());
    });
    for (const m of opts.meters) {
      await m.stop();
      state.warnings.push(...m.warnings);
    }
    state.exitCode = exit.exitCode;
    state.signal = exit.signal;
    if (state.status === 'running') state.status = exit.exitCode === 0 ? 'completed' : 'failed';
    if (state.boundaries.length === 0) state.warnings.push(`no epoch boundary seen: append {"epoch": k} lines to $${EPOCH_FILE_ENV} or print 'ENERGY_DIFF_EPOCH_END k' (docs/measure.md)`);
    state.endTime = new Date().toISOString();
    warnings.summarise();
    const measurement = build();
    writeAtomically(opts.outPath, `${JSON.stringify(measurement, null, 2)}\n`);
    journal.remove();
    return { measurement, exit };
  } catch (err) {
    // The command could not start, a meter failed, or energy-diff itself: what was metered is still written.
    if (state.status === 'running') state.status = 'failed';
    state.warnings.push(err instanceof Error ? err.message : String(err));
    state.endTime = new Date().toISOString();
    warnings.summarise();
    try {
      save();
      journal.remove();
    } catch {
      // The file cannot be written (the journal, if any, stays for recovery): report the first error.
    }
    throw err;
  } finally {
    if (timer) clearInterval(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const m of opts.meters) await m.stop().catch(() => undefined);
    journal.close();
    rmSync(epochDir, { recursive: true, force: true });
  }
}

/** The append-only epoch journal next to the measurement file (see core/measure/journal.ts). */
class Journal {
  private fd: number | undefined;
  constructor(readonly path: string) {}
  open(): void {
    try {
      this.fd = openSync(this.path, 'w');
    } catch (err) {
      throw new EnergyDiffError('E_MEASURE_WRITE', `cannot write the measurement journal: ${(err as Error).message}`, { file: this.path });
    }
  }
  append(line: string): void {
    if (this.fd !== undefined) writeSync(this.fd, line);
  }
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
