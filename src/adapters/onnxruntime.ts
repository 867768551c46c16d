// The onnxruntime-node edge: loaded on demand (an optional dependency that only the commands running models
// need, never part of the action bundle), sessions pinned to a thread count and an execution provider, timed
// calls, and ORT's own per-kernel profile. Only the small part of the package's API used here is typed, so the
// project type-checks and builds where the package is not installed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOrtProfile, type OrtProfile } from '../core/ort/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { ORT_MODULE_ENV, ORT_SEARCH_ENV } from './ort-env.js';

export const ORT_PACKAGE = 'onnxruntime-node';
export { ORT_MODULE_ENV, ORT_SEARCH_ENV } from './ort-env.js';
export const ORT_INSTALL_LINE = `ONNXRUNTIME_NODE_INSTALL=skip npm install ${ORT_PACKAGE}`;

type TypedData = Float32Array | BigInt64Array;

/** One graph input's values as ORT takes them. */
export interface OrtFeed {
  type: 'float32' | 'int64';
  data: TypedData;
  dims: number[];
}

export interface OrtTensor {
  readonly dims: readonly number[];
  readonly data: unknown;
}

export interface OrtSessionLike {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  endProfiling(): void;
  release(): Promise<void>;
}

export interface OrtModule {
  InferenceSession: { create(model: Uint8Array | string, options: Record<string, unknown>): Promise<OrtSessionLike> };
  Tensor: new (type: 'float32' | 'int64', data: TypedData, dims: readonly number[]) => OrtTensor;
  env: { versions?: { node?: string; common?: string } };
  listSupportedBackends?: () => { name: string; bundled: boolean }[];
}

const loaded = new Map<string, Promise<OrtModule>>();

function missing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/** The onnxruntime-node module, imported once; a missing or broken install becomes an error with the install line. */
export function loadOnnxRuntime(moduleName: string = ORT_PACKAGE): Promise<OrtModule> {
  let p = loaded.get(moduleName);
  if (!p) {
    p = import(moduleName).then(
      (m: { default?: OrtModule } & Partial<OrtModule>) => (m.InferenceSession ? (m as OrtModule) : (m.default as OrtModule)),
      (err: unknown) => {
        loaded.delete(moduleName);
        if (missing(err)) {
          throw new EnergyDiffError('E_ORT_MISSING', `${moduleName} is not installed. It is an optional dependency, needed only by the commands ` +
            `that run models (calibrate bench --runtime onnxruntime, measure-inference); install it next to energy-diff with: ${ORT_INSTALL_LINE}`);
        }
        throw new EnergyDiffError('E_ORT_LOAD', `${moduleName} is installed but does not load on this machine (${(err as Error).message}); ` +
          `reinstall it with: ${ORT_INSTALL_LINE}`);
      },
    );
    loaded.set(moduleName, p);
  }
  return p;
}

/**
 * The module the CLI loads: ${ORT_MODULE_ENV} when set; else onnxruntime-node as installed under ${ORT_SEARCH_ENV}
 * (the repository the action runs in), when it is; else onnxruntime-node as resolved from the CLI itself.
 */
export function ortModuleName(env: NodeJS.ProcessEnv): string {
  if (env[ORT_MODULE_ENV]) return env[ORT_MODULE_ENV];
  const search = env[ORT_SEARCH_ENV];
  if (search) {
    try {
      return pathToFileURL(createRequire(join(search, 'package.json')).resolve(ORT_PACKAGE)).href;
    } catch {
      // not installed there: the CLI's own resolution
    }
  }
  return ORT_PACKAGE;
}

export function ortVersion(ort: OrtModule): string {
  return ort.env.versions?.node ?? ort.env.versions?.common ?? 'unknown';
}

export type ExecutionProvider = 'cpu' | 'cuda';

export interface SessionOptions {
  threads: number;
  executionProvider: ExecutionProvider;
  /** Where ORT writes its optimized graph (the fused kernels it will run). */
  optimizedModelPath?: string;
  /** Profile the first calls (until `profile()` ends it). */
  profiling?: boolean;
}

export interface TimedCalls {
  calls: number;
  /** Wall time from the first call to the end of the last, s. */
  seconds: number;
  /** Per-call wall times, s (sorted). */
  samples: number[];
  /**
   * CPU time of this process over the calls, s (every thread: ORT's and the host's). With one intra-op thread it is
   * what a call costs on a quiet machine; on a shared one, wall times also hold the time other processes ran.
   */
  cpuSeconds: number;
  /** Per-call CPU times of this process, s (sorted). */
  cpuSamples: number[];
}

/** One model loaded into ORT with fixed feeds. */
export class OrtRunner {
  private profileDir: string | undefined;

  private constructor(private readonly session: OrtSessionLike, private readonly feeds: Record<string, OrtTensor>, profileDir: string | undefined) {
    this.profileDir = profileDir;
  }

  static async create(ort: OrtModule, model: Uint8Array | string, feeds: Record<string, OrtFeed>, o: SessionOptions): Promise<OrtRunner> {
    const profileDir = o.profiling ? mkdtempSync(join(tmpdir(), 'energy-diff-ort-profile-')) : undefined;
    const options: Record<string, unknown> = {
      executionProviders: [o.executionProvider],
      intraOpNumThreads: o.threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      // Warnings only: the optimized-graph writer warns that NCHWc graphs are tied to this CPU, which is the point.
      logSeverityLevel: 3,
      ...(o.optimizedModelPath ? { optimizedModelFilePath: o.optimizedModelPath } : {}),
      ...(profileDir ? { enableProfiling: true, profileFilePrefix: join(profileDir, 'ort') } : {}),
    };
    let session: OrtSessionLike;
    try {
      session = await ort.InferenceSession.create(model, options);
    } catch (err) {
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
      const where = typeof model === 'string' ? { file: model } : {};
      if (o.executionProvider === 'cuda') {
        throw new EnergyDiffError('E_ORT_CUDA', `onnxruntime cannot use CUDA here (${firstLine(err)}): its CUDA binaries are downloaded at install time ` +
          `(ONNXRUNTIME_NODE_INSTALL=cuda12 npm install ${ORT_PACKAGE}), or run on the CPU`, where);
      }
      throw new EnergyDiffError('E_ORT_SESSION', `onnxruntime cannot load the model: ${firstLine(err)}`, where);
    }
    const tensors: Record<string, OrtTensor> = {};
    for (const [name, f] of Object.entries(feeds)) tensors[name] = new ort.Tensor(f.type, f.data, f.dims);
    return new OrtRunner(session, tensors, profileDir);
  }

  get inputNames(): readonly string[] {
    return this.session.inputNames;
  }

  async call(): Promise<void> {
    await this.session.run(this.feeds);
  }

  /** One call; the dims of each output. */
  async outputs(): Promise<Record<string, number[]>> {
    const out = await this.session.run(this.feeds);
    return Object.fromEntries(Object.entries(out).map(([k, t]) => [k, [...t.dims]]));
  }

  /** Calls at least `minCalls` times and for at least `seconds`; per-call wall times. */
  async time(seconds: number, minCalls = 1, maxCalls = Number.POSITIVE_INFINITY): Promise<TimedCalls> {
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    const cpuNow = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    const cpuStart = cpuNow();
    const start = performance.now();
    let now = start;
    let cpu = cpuStart;
    while (samples.length < maxCalls && (samples.length < minCalls || now - start < seconds * 1000)) {
      const t0 = performance.now();
      await this.session.run(this.feeds);
      now = performance.now();
      const c = cpuNow();
      samples.push((now - t0) / 1000);
      cpuSamples.push(c - cpu);
      cpu = c;
    }
    return {
      calls: samples.length, seconds: (now - start) / 1000, samples: samples.sort((a, b) => a - b),
      cpuSeconds: cpu - cpuStart, cpuSamples: cpuSamples.sort((a, b) => a - b),
    };
  }

  /** Ends profiling and returns ORT's per-kernel profile of the calls made so far (profiling stops for later calls). */
  profile(): OrtProfile {
    const dir = this.profileDir;
    if (!dir) throw new Error('OrtRunner.profile: the session was created without profiling');
    this.profileDir = undefined;
    try {
      this.session.endProfiling();
      const file = readdirSync(dir).find((f) => f.startsWith('ort') && f.endsWith('.json'));
      if (!file) throw new EnergyDiffError('E_ORT_PROFILE', 'onnxruntime wrote no profile');
      return parseOrtProfile(readFileSync(join(dir, file), 'utf8'), file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async release(): Promise<void> {
    if (this.profileDir) {
      // End the profile before the directory it writes into goes away.
      try {
        this.session.endProfiling();
      } catch {
        // nothing to end
      }
      rmSync(this.profileDir, { recursive: true, force: true });
      this.profileDir = undefined;
    }
    await this.session.release();
  }
}

/** The `f` quantile of ascending samples (0.5: the median call, robust to the calls another process preempted). */
export function sortedQuantile(sorted: readonly number[], f: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!.trim();
}
