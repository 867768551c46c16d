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

/** A failure while handling one line or reading one meter is a warning: metering goes on. */
function guard(warnings: Warnings): (what: string, run: () => void) => void {
  return (what, run) => {
    try {
      run();
    } catch (err) {
      warnings.add(what, `${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}

/**
 * Epoch boundaries as the command reports them: every meter read at the boundary's timestamp, the epoch
 * appended to the journal, the measurement file rewritten on its schedule.
 */
class EpochRecorder {
  private protocol: 'file' | 'stdout' | undefined;
  private readonly schedule = new RewriteSchedule();
  constructor(
    private readonly state: RunState,
    private readonly meters: Meter[],
    private readonly clock: Clock,
    private readonly journal: Journal,
    private readonly warnings: Warnings,
    private readonly save: () => void,
    private readonly afterEpoch: () => void,
  ) {}

  boundary(epoch: number, fields: Record<string, unknown> | undefined, via: 'file' | 'stdout'): void {
    // The first protocol seen wins, so a script that does both is not counted twice.
    this.protocol ??= via;
    if (this.protocol !== via) return;
    // The boundary and the counter reading share one timestamp, so nothing is interpolated across it.
    const t = this.clock();
    const boundaries = this.state.boundaries;
    const previous = boundaries[boundaries.length - 1];
    if (previous && epoch <= previous.epoch) this.warnings.add('epoch order', `epoch ${epoch} reported after epoch ${previous.epoch}: epochs are taken in the order reported`);
    // A meter that cannot be read now still gets the epoch: its energy is interpolated from its samples.
    const guarded = guard(this.warnings);
    for (const m of this.meters) guarded('meter read', () => m.read(t));
    const b = { epoch, t, ...(fields ? { fields } : {}) };
    boundaries.push(b);
    // O(log samples) per epoch: the journal line is this epoch alone.
    this.journal.append(journalEpochLine(mergeEpochs(this.meters.map((m) => [epochBetween(m.history(), m.info.domains, b, previous?.t ?? 0)]))[0]!));
    const now = performance.now();
    if (this.schedule.due(boundaries.length, now)) {
      this.save();
      this.schedule.done(now, performance.now());
    }
    this.afterEpoch();
  }
}

/** The epoch file the command appends to, read in chunks as it grows: lines bounded, bad lines warned and skipped. */
class EpochFileReader {
  private offset = 0;
  private dropped = 0;
  private readonly decoder = new StringDecoder('utf8');
  private readonly lines = new LineSplitter(MAX_EPOCH_LINE_CHARS);
  constructor(
    readonly path: string,
    private readonly onEpoch: (epoch: number, fields: Record<string, unknown> | undefined) => void,
    private readonly warnings: Warnings,
  ) {}

  poll(): void {
    const fd = openSync(this.path, 'r');
    try {
      const buf = Buffer.alloc(65536);
      let n: number;
      // Each chunk is split as it is read: an endless line is dropped on the way, never held.
      while ((n = readSync(fd, buf, 0, buf.length, this.offset)) > 0) {
        this.offset += n;
        this.handle(this.lines.push(this.decoder.write(buf.subarray(0, n))));
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The last poll after the command exited, and a last line without its newline. */
  finish(): void {
    this.poll();
    this.handle(this.lines.push(this.decoder.end()));
    this.handle(this.lines.end());
  }

  private handle(found: string[]): void {
    for (const line of found) {
      const parsed = parseEpochLine(line);
      if (parsed?.kind === 'epoch') this.onEpoch(parsed.epoch, parsed.fields);
      else if (parsed?.kind === 'invalid') this.warnings.add('epoch-file line', `ignored epoch-file line: ${parsed.reason}`);
    }
    if (this.lines.dropped > this.dropped) {
      this.warnings.add('epoch-file line', `ignored ${this.lines.dropped - this.dropped} epoch-file line(s) longer than ${MAX_EPOCH_LINE_CHARS} characters`);
      this.dropped = this.lines.dropped;
    }
  }
}

/** The run's end as the state records it: exit status, the status it implies, the meters' own warnings. */
async function settle(state: RunState, meters: Meter[], exit: CommandExit): Promise<void> {
  for (const m of meters) {
    await m.stop();
    state.warnings.push(...m.warnings);
  }
  state.exitCode = exit.exitCode;
  state.signal = exit.signal;
  if (state.status === 'running') state.status = exit.exitCode === 0 ? 'completed' : 'failed';
  if (state.boundaries.length === 0) state.warnings.push(`no epoch boundary seen: append {"epoch": k} lines to $${EPOCH_FILE_ENV} or print 'ENERGY_DIFF_EPOCH_END k' (docs/measure.md)`);
  state.endTime = new Date().toISOString();
}

export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const clock: Clock = monotonicClock();
  const state: RunState = {
    command: opts.command, startTime: new Date().toISOString(), endTime: null, status: 'running', exitCode: null, signal: null,
    epochsRequested: opts.epochsRequested ?? null, plannedEpochs: opts.plannedEpochs ?? null, host: hostFacts(), boundaries: [], endT: 0, warnings: [...opts.warnings],
  };
  const warnings = new Warnings(state.warnings);
  const guarded = guard(warnings);
  const build = () => {
    state.endT = clock();
    return buildMeasurement(state, opts.meters.map((m) => ({ info: m.info, samples: m.history() })));
  };
  const save = () => writeAtomically(opts.outPath, `${JSON.stringify(build(), null, 2)}\n`);
  const journal = new Journal(`${opts.outPath}${JOURNAL_SUFFIX}`);
  const epochDir = mkdtempSync(join(tmpdir(), 'energy-diff-epochs-'));
  const epochFile = join(epochDir, 'epochs.jsonl');
  writeFileSync(epochFile, '');
  let timer: NodeJS.Timeout | undefined;
  let command: RunningCommand | undefined;
  let stopping: Promise<CommandExit> | undefined;
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
  const stopIfDone = () => {
    if (opts.epochsRequested !== undefined && state.boundaries.length >= opts.epochsRequested && !stopping && command) {
      state.status = 'stopped';
      stopping = command.stop(opts.graceMs);
    }
  };
  const recorder = new EpochRecorder(state, opts.meters, clock, journal, warnings, save, stopIfDone);
  const epochs = new EpochFileReader(epochFile, (epoch, fields) => recorder.boundary(epoch, fields, 'file'), warnings);
  try {
    for (const m of opts.meters) await m.start(clock);
    save();
    journal.open();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    timer = setInterval(() => guarded('epoch file', () => epochs.poll()), opts.pollMs ?? 50);
    command = await runCommand(opts.command, {
      cwd: opts.cwd,
      // Unbuffered Python stdout, so stdout markers arrive when printed, not when a 4 KiB buffer fills.
      env: { PYTHONUNBUFFERED: '1', ...opts.env, [EPOCH_FILE_ENV]: epochFile },
      stdout: opts.stdout,
      stderr: opts.stderr,
      onStdoutLine: (line) =>
        guarded('stdout marker', () => {
          const epoch = parseStdoutMarker(line);
          if (epoch !== null) recorder.boundary(epoch, undefined, 'stdout');
        }),
    });
    stopIfDone();
    const exit = await command.exited;
    if (stopping) await stopping;
    clearInterval(timer);
    guarded('epoch file', () => epochs.finish());
    await settle(state, opts.meters, exit);
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
