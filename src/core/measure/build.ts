// Assembles the measurement@1 document from the run's state and every meter's readings. Pure and linear in
// epochs + samples: the session calls it at the end (and now and then during the run, see session.ts).
import { energyBetween, epochsFrom, type Boundary, type Sample } from './accumulate.js';
import { resolutionWarnings, withResolutions } from './resolution.js';
import { MEASUREMENT_SCHEMA, type MeasuredEpoch, type Measurement, type MeterInfo } from './schema.js';

export interface MeterTrace {
  info: MeterInfo;
  samples: readonly Sample[];
}

/** The document's run fields as they stand now, plus what the totals and epochs are computed from. */
export interface RunState extends Pick<Measurement, 'command' | 'startTime' | 'endTime' | 'status' | 'exitCode' | 'signal' | 'epochsRequested' | 'plannedEpochs' | 'host' | 'warnings'> {
  boundaries: Boundary[];
  /** Seconds since start covered by the totals (now, or the command's exit). */
  endT: number;
}

/** One epoch per boundary, each meter's domains side by side and their joules added. */
export function mergeEpochs(perMeter: readonly MeasuredEpoch[][]): MeasuredEpoch[] {
  const [first, ...rest] = perMeter;
  if (!first) return [];
  return first.map((e, i) => {
    const merged: MeasuredEpoch = { ...e, joulesByDomain: { ...e.joulesByDomain } };
    for (const other of rest) {
      const o = other[i]!;
      merged.joules += o.joules;
      Object.assign(merged.joulesByDomain, o.joulesByDomain);
      if (o.sampledPowerW !== undefined) merged.sampledPowerW = (merged.sampledPowerW ?? 0) + o.sampledPowerW;
    }
    merged.meanPowerW = merged.seconds > 0 ? merged.joules / merged.seconds : 0;
    return merged;
  });
}

export function buildMeasurement(state: RunState, meters: readonly MeterTrace[]): Measurement {
  const epochs = mergeEpochs(meters.map((m) => epochsFrom(m.samples, m.info.domains, state.boundaries)));
  let joules = 0;
  const joulesByDomain: Record<string, number> = {};
  for (const m of meters) {
    const part = energyBetween(m.samples, m.info.domains, 0, state.endT);
    joules += part.joules;
    Object.assign(joulesByDomain, part.joulesByDomain);
  }
  const infos = meters.map((m) => withResolutions(m.info, m.samples));
  return {
    schema: MEASUREMENT_SCHEMA,
    command: state.command,
    startTime: state.startTime,
    endTime: state.endTime,
    status: state.status,
    exitCode: state.exitCode,
    signal: state.signal,
    epochsRequested: state.epochsRequested,
    plannedEpochs: state.plannedEpochs,
    host: state.host,
    meters: infos,
    epochs,
    total: { seconds: state.endT, joules, meanPowerW: state.endT > 0 ? joules / state.endT : 0, joulesByDomain },
    warnings: [...state.warnings, ...resolutionWarnings(infos, epochs)],
  };
}
