// RAPL meter: cumulative energy_uj counters of every zone, with wraparound at max_energy_range_uj handled by
// sampling faster than the fastest zone can wrap.
import type { MeterInfo } from '../../core/measure/index.js';
import type { Clock, Meter, Sample } from './types.js';
import { DEFAULT_POWERCAP_ROOT, discoverZones, POWERCAP_ROOT_ENV, readMicrojoules, readSysfs, wrapSafeIntervalMs, type RaplZone, type ReadText } from './rapl-zones.js';

export interface RaplOptions {
  root?: string;
  env?: NodeJS.ProcessEnv;
  /** Injectable file reader: the permission-denied path is testable where tests run as root. */
  readText?: ReadText;
  /** Overrides the wrap-safe interval (never made longer than it). */
  intervalMs?: number;
}

export function powercapRoot(opts: RaplOptions): string {
  return opts.root ?? opts.env?.[POWERCAP_ROOT_ENV] ?? DEFAULT_POWERCAP_ROOT;
}

/** Discovers the zones and reads every counter once, so an unreadable counter fails before the command runs. */
export function createRaplMeter(opts: RaplOptions = {}): Meter {
  const read = opts.readText ?? readSysfs;
  const zones = discoverZones(powercapRoot(opts), read);
  const last = zones.map((z) => readMicrojoules(read, z.energyPath));
  const safeMs = wrapSafeIntervalMs(zones);
  const intervalMs = Math.min(opts.intervalMs ?? safeMs, safeMs);
  const info: MeterInfo = { kind: 'rapl', method: 'energy_uj counters (powercap sysfs), wraparound at max_energy_range_uj', sampleIntervalMs: intervalMs, domains: zones.map((z) => z.domain) };
  return new RaplMeter(info, zones, read, last, intervalMs);
}

class RaplMeter implements Meter {
  private readonly samples: Sample[] = [];
  readonly warnings: string[] = [];
  private readonly totalUj: number[];
  private timer: NodeJS.Timeout | undefined;
  private clock: Clock = () => 0;

  constructor(
    readonly info: MeterInfo,
    private readonly zones: readonly RaplZone[],
    private readonly readText: ReadText,
    private readonly lastUj: number[],
    private readonly intervalMs: number,
  ) {
    this.totalUj = zones.map(() => 0);
  }

  async start(clock: Clock): Promise<void> {
    this.clock = clock;
    this.zones.forEach((z, i) => (this.lastUj[i] = readMicrojoules(this.readText, z.energyPath)));
    this.samples.push({ t: clock(), joules: this.joules() });
    // A failed background read is retried on the next tick; the wrap it might miss is caught by the one after.
    this.timer = setInterval(() => {
      try {
        this.read();
      } catch (err) {
        if (this.warnings.length === 0) this.warnings.push(`RAPL background read failed (retried each tick): ${(err as Error).message}`);
      }
    }, this.intervalMs);
    this.timer.unref();
  }

  read(at?: number): Sample {
    this.zones.forEach((z, i) => {
      const now = readMicrojoules(this.readText, z.energyPath);
      const prev = this.lastUj[i]!;
      // The counter counts up to max_energy_range_uj and starts again at 0.
      this.totalUj[i]! += now >= prev ? now - prev : z.maxRangeUj - prev + now;
      this.lastUj[i] = now;
    });
    const sample = { t: at ?? this.clock(), joules: this.joules() };
    this.samples.push(sample);
    return sample;
  }

  history(): readonly Sample[] {
    return this.samples;
  }

  async stop(): Promise<Sample> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return this.read();
  }

  private joules(): Record<string, number> {
    return Object.fromEntries(this.zones.map((z, i) => [z.domain.id, this.totalUj[i]! / 1e6]));
  }
}
