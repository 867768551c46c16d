// `--meter none`: no energy counter is read. Each reading is the time since start priced at a constant power
// from the hardware profile (its idle power plus half the way to its TDP), labelled as estimated power, so a
// run without RAPL or NVML still records time per epoch and an energy with a stated basis and range.
import type { DeviceFacts } from '../../core/estimate/index.js';
import type { MeterInfo } from '../../core/measure/index.js';
import type { Clock, Meter, Sample } from './types.js';

export interface EstimatedPower {
  /** The power each second is priced at. */
  powerW: number;
  /** The range the true mean power lies in: idle (nothing running) … TDP (the power limit). */
  lowW: number;
  highW: number;
}

/** The profile's power model for a run of unknown load: idle + half the headroom to TDP, within idle … TDP. */
export function estimatedPower(device: Pick<DeviceFacts, 'idlePowerW' | 'tdpW'>): EstimatedPower {
  return { powerW: device.idlePowerW + (device.tdpW - device.idlePowerW) / 2, lowW: device.idlePowerW, highW: device.tdpW };
}

export function createEstimatedMeter(profileId: string, device: Pick<DeviceFacts, 'idlePowerW' | 'tdpW' | 'name' | 'kind'>): Meter {
  const p = estimatedPower(device);
  const id = `estimated:${profileId}`;
  const info: MeterInfo = {
    kind: 'estimated',
    method: `estimated power, not measured: time × ${p.powerW.toFixed(1)} W from profile ${profileId} (idle ${p.lowW.toFixed(1)} W + half the way to its ${p.highW.toFixed(0)} W TDP)`,
    sampleIntervalMs: 0,
    domains: [{
      id, name: `${device.name} (estimated power)`, kind: device.kind === 'gpu' ? 'gpu' : 'package', inTotal: true,
      facts: { profile: profileId, powerW: p.powerW, idlePowerW: p.lowW, tdpW: p.highW },
    }],
  };
  return new EstimatedMeter(info, id, p.powerW);
}

class EstimatedMeter implements Meter {
  private readonly samples: Sample[] = [];
  readonly warnings: string[] = [];
  private clock: Clock = () => 0;

  constructor(readonly info: MeterInfo, private readonly id: string, private readonly powerW: number) {}

  async start(clock: Clock): Promise<void> {
    this.clock = clock;
    // Priced time is exact from the clock's origin: the epochs that start there get no gap before a first reading.
    this.read(0);
    this.read();
  }

  read(at?: number): Sample {
    const t = at ?? this.clock();
    const sample: Sample = { t, joules: { [this.id]: this.powerW * t }, powerW: { [this.id]: this.powerW } };
    this.samples.push(sample);
    return sample;
  }

  history(): readonly Sample[] {
    return this.samples;
  }

  async stop(): Promise<Sample> {
    return this.read();
  }
}
