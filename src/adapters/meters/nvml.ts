// NVIDIA meter through `nvidia-smi` (no native addon: nothing to compile, works wherever the driver is installed).
// One streaming query, `-lms` loop: the board's total-energy counter (mJ, Volta and later) where the GPU has one,
// else the trapezoid integral of power.draw between samples.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { DomainInfo, MeterInfo } from '../../core/measure/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { parseGpuLine, selectVisible, type GpuRow } from './nvml-parse.js';
import type { Clock, Meter, Sample } from './types.js';

export interface NvmlOptions {
  /** The nvidia-smi executable (default: found on PATH). */
  bin?: string;
  env?: NodeJS.ProcessEnv;
  intervalMs?: number;
}

const FIELDS = 'index,uuid,name,power.draw,total_energy_consumption';

interface GpuState {
  index: number;
  id: string;
  counter: boolean;
  firstMj: number;
  lastPowerW: number;
  lastT: number;
  joules: number;
}

function probe(bin: string, env: NodeJS.ProcessEnv): GpuRow[] {
  const result = spawnSync(bin, [`--query-gpu=${FIELDS}`, '--format=csv,noheader,nounits'], { env, encoding: 'utf8', timeout: 15000 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EnergyDiffError('E_NVML_UNAVAILABLE', `'${bin}' not found on PATH: install the NVIDIA driver (it ships nvidia-smi) or pick --meter rapl`);
    throw new EnergyDiffError('E_NVML_UNAVAILABLE', `cannot run ${bin}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const said = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0] ?? '';
    throw new EnergyDiffError('E_NVML_FAILED', `${bin} failed (exit ${result.status}): ${said || 'no output'}. Is the NVIDIA driver loaded (nvidia-smi works on its own)?`);
  }
  return result.stdout.split('\n').filter((l) => l.trim()).map((l, i) => parseGpuLine(l, `${bin} line ${i + 1}`));
}

export function createNvmlMeter(opts: NvmlOptions = {}): Meter {
  const env = opts.env ?? process.env;
  const bin = opts.bin ?? 'nvidia-smi';
  const gpus = selectVisible(probe(bin, env), env.CUDA_VISIBLE_DEVICES);
  const intervalMs = opts.intervalMs ?? 100;
  const domains: DomainInfo[] = gpus.map((g) => ({
    id: `nvml:gpu${g.index}`,
    name: g.name,
    kind: 'gpu',
    inTotal: true,
    facts: { index: g.index, uuid: g.uuid, energyCounter: g.energyMj !== undefined ? 'yes' : 'no' },
  }));
  const allCounters = gpus.every((g) => g.energyMj !== undefined);
  const info: MeterInfo = {
    kind: 'nvml',
    method: allCounters ? 'nvidia-smi total_energy_consumption counter (mJ)' : 'nvidia-smi power.draw, trapezoid integral (GPUs without an energy counter)',
    sampleIntervalMs: intervalMs,
    domains,
  };
  return new NvmlMeter(info, bin, env, gpus, intervalMs);
}

class NvmlMeter implements Meter {
  private readonly samples: Sample[] = [];
  readonly warnings: string[] = [];
  private readonly state = new Map<number, GpuState>();
  private child: ChildProcess | undefined;
  private clock: Clock = () => 0;
  private buffer = '';

  constructor(
    readonly info: MeterInfo,
    private readonly bin: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly gpus: readonly GpuRow[],
    private readonly intervalMs: number,
  ) {}

  async start(clock: Clock): Promise<void> {
    this.clock = clock;
    const ids = this.gpus.map((g) => g.index).join(',');
    const child = spawn(this.bin, [`--query-gpu=${FIELDS}`, '--format=csv,noheader,nounits', '-lms', String(this.intervalMs), '-i', ids], { env: this.env, stdio: ['ignore', 'pipe', 'ignore'] });
    this.child = child;
    child.on('error', (err) => this.warnings.push(`nvidia-smi stream failed: ${err.message}`));
    // It should run until stop(): an early exit means the GPU energy after it is missing.
    child.on('exit', (code, signal) => {
      if (this.child === child) this.warnings.push(`nvidia-smi stream ended early (exit ${code ?? signal}) at ${this.clock().toFixed(1)} s: later GPU energy is missing`);
    });
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => this.onData(chunk));
    // The probe's reading is the baseline at t = start: the stream's first line comes only after nvidia-smi starts
    // up (a few hundred ms), and a cumulative counter makes anything later exact from that baseline.
    const t = clock();
    for (const g of this.gpus) this.update(g, t);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    const cut = this.buffer.lastIndexOf('\n');
    if (cut < 0) return;
    const lines = this.buffer.slice(0, cut).split('\n');
    this.buffer = this.buffer.slice(cut + 1);
    for (const line of lines) {
      if (!line.trim()) continue;
      let row: GpuRow;
      try {
        row = parseGpuLine(line, 'nvidia-smi stream');
      } catch {
        continue; // a torn or header line: the next one carries the same cumulative counter
      }
      this.update(row, this.clock());
    }
  }

  private update(row: GpuRow, t: number): void {
    const s = this.state.get(row.index);
    if (!s) {
      this.state.set(row.index, { index: row.index, id: `nvml:gpu${row.index}`, counter: row.energyMj !== undefined, firstMj: row.energyMj ?? 0, lastPowerW: row.powerW ?? 0, lastT: t, joules: 0 });
    } else if (s.counter && row.energyMj !== undefined) {
      s.joules = (row.energyMj - s.firstMj) / 1000;
    } else if (row.powerW !== undefined) {
      s.joules += ((s.lastPowerW + row.powerW) / 2) * (t - s.lastT);
    }
    const st = this.state.get(row.index)!;
    if (row.powerW !== undefined) st.lastPowerW = row.powerW;
    st.lastT = t;
    this.samples.push({ t, joules: this.joules(), powerW: this.powers() });
  }

  private joules(): Record<string, number> {
    return Object.fromEntries(this.gpus.map((g) => [`nvml:gpu${g.index}`, this.state.get(g.index)?.joules ?? 0]));
  }

  private powers(): Record<string, number> {
    return Object.fromEntries([...this.state.values()].map((s) => [s.id, s.lastPowerW]));
  }

  read(): Sample {
    return this.samples[this.samples.length - 1]!;
  }

  history(): readonly Sample[] {
    return this.samples;
  }

  async stop(): Promise<Sample> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    }
    return this.read();
  }
}
