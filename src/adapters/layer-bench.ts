// The PyTorch side of `energy-diff calibrate bench`: python/energy_diff_layerbench.py as a child process, driven
// over a JSON-lines protocol on stdin/stdout (documented in the script). The worker builds, warms up and times
// one layer at a time; the meters stay in Node, where the rest of the metering code lives.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EnergyDiffError } from '../core/common/index.js';
import type { QuantForm } from '../core/calibrate/index.js';

export const PYTHON_ENV = 'ENERGY_DIFF_PYTHON';

export interface WorkerHello {
  torch: string;
  device: 'cpu' | 'cuda';
  deviceName: string;
  threads: number;
  cudnnTf32?: boolean;
  matmulTf32?: boolean;
}

/** One config to build and warm up: the plan entry's op, config and mode, and its int8 form when it has one. */
export interface PrepareRequest {
  op: string;
  config: Record<string, number>;
  mode: string;
  warmup: number;
  quant?: QuantForm;
}

export type PrepareResult = { prepared: true; estSeconds: number; outputShape: number[] } | { prepared: false; reason: string };
/**
 * A timed window: `seconds` from the first call to the end of the last. `latencySeconds` is the per-call figure
 * a latency record keeps when it is not seconds / calls (the ORT worker's median); `record` holds extra fields for
 * the measurement line (what the runtime ran, its own kernel times).
 */
export type RunResult = { calls: number; seconds: number; latencySeconds?: number; record?: Record<string, unknown> } | { skipped: string };

type Message = Record<string, unknown> & { event?: string };

/** The worker script: next to src/ in a checkout, next to dist/ in the bundle (both keep python/ at the root). */
export function defaultWorkerScript(): string {
  for (const rel of ['../../python/energy_diff_layerbench.py', '../python/energy_diff_layerbench.py']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return fileURLToPath(new URL('../../python/energy_diff_layerbench.py', import.meta.url));
}

export class LayerBenchWorker {
  private buffer = '';
  private readonly queue: Message[] = [];
  private waiter: ((m: Message) => void) | undefined;
  private ended: EnergyDiffError | undefined;
  private stderrTail = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams, private readonly python: string, readonly hello: WorkerHello) {}

  /** Starts the worker and waits for its hello; missing Python, torch or CUDA become errors that name the fix. */
  static async start(opts: { python: string; script?: string; device: 'cpu' | 'cuda'; env: NodeJS.ProcessEnv; cwd: string; onStderr?: (text: string) => void }): Promise<LayerBenchWorker> {
    const script = opts.script ?? defaultWorkerScript();
    if (!existsSync(script)) throw new EnergyDiffError('E_BENCH_WORKER', 'the benchmark worker script is missing (it ships in python/ of the package)', { file: script });
    const child = spawn(opts.python, ['-u', script, '--device', opts.device], { cwd: opts.cwd, env: { PYTHONUNBUFFERED: '1', ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const hello = await new Promise<Message>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (!settled) {
          settled = true;
          fn();
        }
      };
      child.once('error', (err) => {
        const code = (err as NodeJS.ErrnoException).code;
        settle(() => reject(code === 'ENOENT'
          ? new EnergyDiffError('E_BENCH_PYTHON', `Python interpreter '${opts.python}' not found: install Python 3 with PyTorch, or pass --python /path/to/python (or set ${PYTHON_ENV})`)
          : new EnergyDiffError('E_BENCH_PYTHON', `cannot start '${opts.python}': ${err.message}`)));
      });
      let out = '';
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d: string) => {
        err = (err + d).slice(-4000);
        opts.onStderr?.(d);
      });
      child.stdout.setEncoding('utf8');
      const onData = (d: string) => {
        out += d;
        const nl = out.indexOf('\n');
        if (nl < 0) return;
        child.stdout.off('data', onData);
        const first = parseMessage(out.slice(0, nl));
        const rest = out.slice(nl + 1);
        settle(() => {
          if (first?.event === 'hello') resolve({ ...first, __rest: rest });
          else reject(startupError(first, opts.python, err));
        });
      };
      child.stdout.on('data', onData);
      child.once('close', (code) => settle(() => reject(startupError(parseMessage(out.split('\n')[0] ?? ''), opts.python, err, code))));
    });
    const worker = new LayerBenchWorker(child, opts.python, hello as unknown as WorkerHello);
    worker.attach(String(hello.__rest ?? ''));
    return worker;
  }

  private attach(initial: string): void {
    // Writing to a worker that just died raises EPIPE here; its 'close' below is what reports the death.
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.on('data', (d: string) => (this.stderrTail = (this.stderrTail + d).slice(-2000)));
    this.child.stdout.on('data', (d: string) => this.onData(d));
    this.child.once('close', (code, signal) => {
      this.ended = new EnergyDiffError('E_BENCH_WORKER', `the benchmark worker (${this.python}) exited (${code ?? signal})${this.stderrTail.trim() ? `: ${lastLines(this.stderrTail)}` : ''}`);
      this.waiter?.({ event: '__closed' });
    });
    if (initial) this.onData(initial);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const m = parseMessage(this.buffer.slice(0, nl));
      this.buffer = this.buffer.slice(nl + 1);
      if (!m) continue;
      if (this.waiter) {
        const w = this.waiter;
        this.waiter = undefined;
        w(m);
      } else this.queue.push(m);
    }
  }

  private next(): Promise<Message> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => {
      this.waiter = (m) => (m.event === '__closed' ? reject(this.ended) : resolve(m));
    });
  }

  private send(req: Record<string, unknown>): void {
    if (this.ended) throw this.ended;
    this.child.stdin.write(`${JSON.stringify(req)}\n`);
  }

  /** Builds the layer and warms it up; an invalid or too-large config is skipped with the worker's reason. */
  async prepare(id: number, req: PrepareRequest): Promise<PrepareResult> {
    if (req.quant) return { prepared: false, reason: 'int8 configs are onnxruntime models: run them with --runtime onnxruntime' };
    this.send({ cmd: 'prepare', id, ...req });
    const m = await this.expect(id);
    if (m.event === 'prepared') return { prepared: true, estSeconds: Number(m.estSeconds), outputShape: (m.outputShape as number[]) ?? [] };
    return { prepared: false, reason: String(m.reason ?? 'skipped') };
  }

  /** Calls the prepared layer for at least `seconds`; resolves when the device has finished. */
  async run(id: number, seconds: number): Promise<RunResult> {
    this.send({ cmd: 'run', id, seconds });
    const m = await this.expect(id);
    if (m.event === 'done' && typeof m.calls === 'number' && typeof m.seconds === 'number' && m.calls > 0 && m.seconds > 0) return { calls: m.calls, seconds: m.seconds };
    return { skipped: String(m.reason ?? `unexpected answer ${JSON.stringify(m)}`) };
  }

  private async expect(id: number): Promise<Message> {
    for (;;) {
      const m = await this.next();
      if (m.id === id) return m;
    }
  }

  /** Asks the worker to quit, then makes sure it is gone. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const closed = new Promise<void>((resolve) => this.child.once('close', () => resolve()));
    try {
      this.child.stdin.end(`${JSON.stringify({ cmd: 'quit' })}\n`);
    } catch {
      // stdin already gone: the kill below ends it
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await closed;
    clearTimeout(timer);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

function parseMessage(line: string): Message | undefined {
  try {
    const v = JSON.parse(line) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Message) : undefined;
  } catch {
    return undefined;
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ');
}

function startupError(m: Message | undefined, python: string, stderr: string, code?: number | null): EnergyDiffError {
  if (m?.code === 'E_BENCH_NO_TORCH') {
    return new EnergyDiffError('E_BENCH_NO_TORCH', `PyTorch is not importable by '${python}' (${String(m.message)}): install it there ` +
      `(pip install torch; for a GPU the CUDA build from pytorch.org), or pass --python (or set ${PYTHON_ENV}) to an interpreter that has it`);
  }
  if (m?.code === 'E_BENCH_NO_CUDA') {
    return new EnergyDiffError('E_BENCH_NO_CUDA', `${String(m.message)}: install a CUDA build of PyTorch and the NVIDIA driver, or run with --device cpu`);
  }
  return new EnergyDiffError('E_BENCH_WORKER', `the benchmark worker '${python}' did not start (exit ${code ?? 'unknown'})${stderr.trim() ? `: ${lastLines(stderr)}` : ''}`);
}
