// `energy-diff calibrate fit`: fits a hardware profile from layer measurements.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCaches, readCpuinfo } from '../../adapters/cpu-facts.js';
import { readMeasurementFiles } from '../../adapters/measurements.js';
import { autoCpuFacts, calibrateGetzner, DEFAULT_SEED, getznerRowCounts, MIN_GETZNER_ROWS, type GetznerFamilyFit, calibrateRoofline, LATENCY_FIT_LABEL } from '../../core/calibrate/index.js';
import { validateProfile, SPEC_DEVICES, specDevice, type DeviceFacts } from '../../core/estimate/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { nonNegative, oneOf } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff calibrate fit --data <file>... --out <profile.json> [options]

  --data <file>         measurements (repeatable; extra file arguments are data too):
                        Getzner CSVs (data/getzner/*.csv, real-configs/*.csv), H100 JSONL,
                        or energy-diff/layer-measurement@1 JSONL (see docs/calibrate.md)
  --out <file>          where to write the profile JSON
  --method roofline|getzner   (default: roofline, which fits roofline-v1 from seconds and joules per call and
                        generalises to layers unlike the measured ones; getzner reproduces the paper's
                        per-layer regressions, valid near the configurations they were fitted on;
                        'physical' is roofline's old name, still accepted; latency records (no energy counter,
                        e.g. calibrate bench --meter none) fit the time constants and take the power from the
                        device: "${LATENCY_FIT_LABEL}")
  --id ID               profile id (default: <device>-getzner for getzner, <device> for roofline)
  --name NAME           profile name (default: the device name)
  --device SPEC_ID|auto device facts from the spec table (default: xeon-gold-5120); one of:
                        ${SPEC_DEVICES.map((d) => d.id).join(', ')};
                        auto: this machine's CPU (model, cores, clock, caches from /proc/cpuinfo and sysfs),
                        power facts from the spec table when the model matches, else from the flags below
  --tdp-w W             --device auto: TDP (default: the spec table's, else an assumption, said so)
  --idle-w W            --device auto: idle power (default: 0.3 x TDP, an assumption)
  --memory-bandwidth-gbs G  --device auto: memory bandwidth, GB/s (default: the spec table's, else assumed)
  --seed N              seed of the 70/20/10 split (default: ${DEFAULT_SEED})
  --fit-date YYYY-MM-DD date recorded in the profile (default: today)
  --version V           profile version (default: 1)

energy-diff calibrate bench [options]: measure layer micro-benchmarks into such a file (--help for options)
`;

export async function calibrate(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout.write(HELP);
    return sub ? 0 : 2;
  }
  // `bench` measures the layer data that `fit` reads (docs/recalibrate.md).
  if (sub === 'bench') return (await import('./calibrate-bench.js')).calibrateBench(rest, io);
  if (sub !== 'fit') {
    io.stderr.write(`energy-diff calibrate: unknown subcommand '${sub}'\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      data: { type: 'string', multiple: true },
      out: { type: 'string' },
      method: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      device: { type: 'string' },
      seed: { type: 'string' },
      'fit-date': { type: 'string' },
      version: { type: 'string' },
      'tdp-w': { type: 'string' },
      'idle-w': { type: 'string' },
      'memory-bandwidth-gbs': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const dataFiles = [...(values.data ?? []), ...positionals];
  if (dataFiles.length === 0 || !values.out) {
    io.stderr.write(`energy-diff calibrate fit: --data and --out are required\n\n${HELP}`);
    return 2;
  }
  // 'physical' is the old name of roofline: accepted, not advertised.
  const method = oneOf(values.method, '--method', ['getzner', 'roofline', 'physical'] as const, 'roofline');
  const seed = nonNegative(values.seed, '--seed') ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new EnergyDiffError('E_ARG', `--seed expects an integer, got '${values.seed}'`);
  const deviceId = values.device ?? 'xeon-gold-5120';
  const device = deviceFacts(deviceId, values, io);
  const fitDate = values['fit-date'] ?? new Date().toISOString().slice(0, 10);
  const measurements = readMeasurementFiles(dataFiles, io.cwd);
  if (method !== 'getzner') {
    const profile = calibrateRoofline(measurements, {
      id: values.id ?? device.id, name: values.name ?? device.facts.name, version: values.version ?? '1', device: device.facts,
      deviceSource: device.source, fitDate, seed, dataFiles,
    });
    const outFile = resolve(io.cwd, values.out);
    validateProfile(profile, outFile);
    writeFileSync(outFile, JSON.stringify(profile, null, 2) + '\n');
    const stats = Object.entries(profile.fit?.perFamily ?? {})
      .map(([cls, s]) => s.heldOutMape === undefined
        ? `${cls.padEnd(18)} ${String(s.rows).padStart(5)}  ${s.derived ?? 'no held-out rows'}\n`
        : `${cls.padEnd(18)} ${String(s.rows).padStart(5)} ${r2Cell(s.heldOutR2, s.rows, 3).padStart(7)} ${`${(s.heldOutMape * 100).toFixed(1)}%`.padStart(7)}\n`).join('');
    const rows = Object.values(profile.fit?.perFamily ?? {});
    const latency = profile.provenance.startsWith(LATENCY_FIT_LABEL);
    io.stdout.write(`${latency ? `${LATENCY_FIT_LABEL} (held-out statistics on time per call)\n` : ''}class               rows  held-out R²  MAPE\n${stats}${r2Note(rows.map((s) => [s.heldOutR2, s.rows]))}wrote ${values.out}\n`);
    return 0;
  }
  const { profile, fits } = calibrateGetzner(measurements, {
    // The paper's models are their own profile (xeon-gold-5120-getzner) next to the roofline one.
    id: values.id ?? `${device.id}-getzner`,
    name: values.name ?? device.facts.name,
    version: values.version ?? '1',
    device: device.facts,
    deviceSource: device.source,
    fitDate,
    seed,
    dataFiles,
  });
  const outFile = resolve(io.cwd, values.out);
  validateProfile(profile, outFile);
  writeFileSync(outFile, JSON.stringify(profile, null, 2) + '\n');
  const fitted = new Set(fits.map((f) => f.op));
  const skipped = Object.entries(getznerRowCounts(measurements)).filter(([op]) => !fitted.has(op));
  const note = skipped.map(([op, n]) => `skipped ${op}: ${n} configs, fewer than ${MIN_GETZNER_ROWS} to split 70/20/10\n`).join('');
  io.stdout.write(fitTable(fits) + r2Note(fits.flatMap((f) => [[f.testR2, f.split.test.length], [f.validationR2, f.split.test.length]])) + note + `wrote ${values.out}\n`);
  return 0;
}

type FlagValues = { 'tdp-w'?: string; 'idle-w'?: string; 'memory-bandwidth-gbs'?: string };

/** Device facts from the spec table, or this machine's CPU (--device auto) with power facts from the table or flags. */
function deviceFacts(deviceId: string, values: FlagValues, io: CliIo): { id: string; facts: DeviceFacts; source: string } {
  // Bounded like a profile's own numbers: no CPU draws 100 kW or streams a PB/s.
  const positive = (v: string | undefined, option: string, max: number): number | undefined => {
    const n = nonNegative(v, option, max);
    if (n !== undefined && !(n > 0)) throw new EnergyDiffError('E_ARG', `${option} must be above 0`);
    return n;
  };
  const flags = { tdpW: positive(values['tdp-w'], '--tdp-w', 1e5), idleW: nonNegative(values['idle-w'], '--idle-w', 1e5), memoryBandwidthGBs: positive(values['memory-bandwidth-gbs'], '--memory-bandwidth-gbs', 1e6) };
  if (deviceId !== 'auto') {
    const spec = specDevice(deviceId);
    if (!spec) throw new EnergyDiffError('E_ARG', `--device: unknown spec device '${deviceId}'; known: auto, ${SPEC_DEVICES.map((d) => d.id).join(', ')}`);
    if (flags.tdpW !== undefined || flags.idleW !== undefined || flags.memoryBandwidthGBs !== undefined) {
      throw new EnergyDiffError('E_ARG', '--tdp-w, --idle-w and --memory-bandwidth-gbs go with --device auto (a spec-table device has its own)');
    }
    return { id: deviceId, facts: spec.facts, source: `${spec.source}; idle power ${spec.idleBasis}` };
  }
  const auto = autoCpuFacts(readCpuinfo(), readCaches(), flags);
  if (flags.idleW !== undefined && flags.idleW >= auto.facts.tdpW) throw new EnergyDiffError('E_ARG', `--idle-w ${flags.idleW} must be below the TDP (${auto.facts.tdpW} W)`);
  for (const a of auto.assumed) io.stderr.write(`energy-diff calibrate fit: --device auto: ${a}\n`);
  const id = auto.facts.name.toLowerCase().replace(/\((r|tm)\)/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'this-cpu';
  return { id, facts: auto.facts, source: `this machine (--device auto): ${[...auto.sources, ...auto.assumed].join('; ')}` };
}

function fitTable(fits: GetznerFamilyFit[]): string {
  const lines = ['module      train   test  test R²  val R²   MAPE  median APE'];
  for (const f of fits) {
    lines.push(
      [
        f.op.padEnd(10),
        String(f.split.train.length + f.realConfigRows).padStart(6),
        String(f.split.test.length).padStart(6),
        r2Cell(f.testR2, f.split.test.length, 4).padStart(8),
        r2Cell(f.validationR2, f.split.test.length, 4).padStart(7),
        `${(f.testMape * 100).toFixed(0)}%`.padStart(6),
        `${(f.testMedianApe * 100).toFixed(1)}%`.padStart(11),
      ].join(' '),
    );
  }
  return lines.join('\n') + '\n';
}

/** Fewer held-out rows than this, and R² (against their own mean) says little: it is shown as n/a*. */
const MIN_R2_ROWS = 20;

function r2Meaningful(r2: number | undefined, rows: number): r2 is number {
  return r2 !== undefined && r2 >= 0 && rows >= MIN_R2_ROWS;
}

/** R² where it means something; `n/a*` (explained below the table) on tiny or degenerate held-out sets. */
export function r2Cell(r2: number | undefined, rows: number, digits: number): string {
  return r2Meaningful(r2, rows) ? r2.toFixed(digits) : 'n/a*';
}

/** The footnote for n/a* cells, printed only when one appears. */
export function r2Note(stats: [number | undefined, number][]): string {
  if (stats.every(([r2, rows]) => r2Meaningful(r2, rows))) return '';
  return `* R² not shown: on fewer than ${MIN_R2_ROWS} rows, or where it is negative (the fit does worse than the held-out rows' own mean, ` +
    'which on a few rows of little spread says little about the fit), R² does not measure the fit; read MAPE instead\n';
}
