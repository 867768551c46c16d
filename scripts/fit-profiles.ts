// Regenerates the shipped, fitted hardware profiles from data/ (deterministic: same data, same files).
// Usage: npx tsx scripts/fit-profiles.ts [section...]   (no section: all)
// Each section owns one profile; add a section rather than editing another's.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readH100Data } from '../src/adapters/fit-data.js';
import { readMeasurementFiles } from '../src/adapters/measurements.js';
import { cpuTransfer, fitH100Profile, H100_FIT_DATE, calibrateGetzner, DEFAULT_SEED, calibrateRooflineOnGetzner, specDerivedProfile, XEON_FILES } from '../src/core/calibrate/index.js';
import { validateProfile, specDevice } from '../src/core/estimate/index.js';

const ROOT = join(import.meta.dirname, '..');

function writeProfile(id: string, profile: unknown): void {
  const file = join(ROOT, 'hardware-profiles', `${id}.json`);
  validateProfile(profile, file);
  writeFileSync(file, JSON.stringify(profile, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

// ---------------------------------------------------------------- xeon: Getzner et al. 2023 data, two profiles

/** Date of the last refit; bump it together with the data or the method, never implicitly. */
const XEON_FIT_DATE = '2026-11-22';
/** Date of the last refit of the roofline-v1 Xeon profile. */
const XEON_ROOFLINE_FIT_DATE = '2026-11-30';

const XEON_DATA_FILES = [
  'data/getzner/conv2d.csv',
  'data/getzner/maxpool2d.csv',
  'data/getzner/linear.csv',
  'data/getzner/relu.csv',
  'data/getzner/sigmoid.csv',
  'data/getzner/tanh.csv',
  'data/getzner/softmax.csv',
  'data/getzner/real-configs/conv2d.csv',
  'data/getzner/real-configs/linear.csv',
  'data/getzner/real-configs/maxpool2d.csv',
];

/** The paper's per-layer regressions, kept as their own profile (reproduction, not the product default). */
export const XEON_GETZNER = { id: 'xeon-gold-5120-getzner', name: 'Intel Xeon Gold 5120 (Getzner et al. 2023 per-layer models)' };
/** The roofline-v1 profile on the same data: what `--profile xeon-gold-5120` prices with. */
export const XEON_ROOFLINE = { id: 'xeon-gold-5120', name: 'Intel Xeon Gold 5120 (roofline-v1, fitted on the Getzner et al. CPU layers)' };

async function fitXeon(): Promise<void> {
  const spec = specDevice('xeon-gold-5120');
  if (!spec) throw new Error('spec table lacks xeon-gold-5120');
  const measurements = readMeasurementFiles(XEON_DATA_FILES, ROOT);
  const common = {
    version: '1',
    device: spec.facts,
    deviceSource: `${spec.source}; idle power ${spec.idleBasis}`,
    fitDate: XEON_FIT_DATE,
    seed: DEFAULT_SEED,
    dataFiles: XEON_DATA_FILES,
  };
  const { profile, fits } = calibrateGetzner(measurements, { ...common, ...XEON_GETZNER });
  for (const f of fits) console.log(`xeon getzner-v1 ${f.op.padEnd(10)} test R² ${f.testR2.toFixed(4)}  MAPE ${(f.testMape * 100).toFixed(1)}%`);
  writeProfile(XEON_GETZNER.id, profile);
  const roofline = calibrateRooflineOnGetzner(measurements, { ...common, ...XEON_ROOFLINE, fitDate: XEON_ROOFLINE_FIT_DATE });
  for (const m of roofline.modules) console.log(`xeon roofline-v1 ${m.op.padEnd(10)} test R² ${m.heldOutR2.toFixed(4)}  MAPE ${(m.heldOutMape * 100).toFixed(1)}%`);
  writeProfile(XEON_ROOFLINE.id, roofline.profile);
}

// ---------------------------------------------------------------- h100 (estimator): roofline-v1 on data/h100

async function fitH100(): Promise<void> {
  const { profile, report } = fitH100Profile(await readH100Data(ROOT), H100_FIT_DATE);
  console.log(report);
  writeProfile('h100-sxm', profile);
}

// ---------------------------------------------------------------- spec (estimator): spec-derived, uncalibrated

/** Spec-table id → shipped profile id. */
const SPEC_PROFILES: Record<string, string> = {
  'a100-sxm4-40gb': 'a100-sxm',
  'v100-sxm2': 'v100',
  t4: 't4',
  l4: 'l4',
  'rtx-3090': 'rtx-3090',
  'rtx-3070': 'rtx-3070',
  'gtx-750-ti': 'gtx-750-ti',
  'x86-server-2s-32c': 'generic-x86-server',
  'laptop-8c-28w': 'laptop-cpu',
};

/** Spec-derived band: twice the calibrated uncertainty is not known without data, so a fixed x0.5..x2. */
const SPEC_BAND = { low: 0.5, high: 2 };

async function fitSpec(): Promise<void> {
  const baseFile = join(ROOT, 'hardware-profiles', 'h100-sxm.json');
  const base = validateProfile(JSON.parse(readFileSync(baseFile, 'utf8')), baseFile);
  // CPUs: H100 efficiencies do not carry over; three CPU factors measured on the Getzner Xeon do.
  const cpu = cpuTransfer(base, SPEC_BAND, H100_FIT_DATE, readMeasurementFiles(XEON_FILES, ROOT));
  console.log(`cpu: ${cpu.basis}`);
  for (const [specId, id] of Object.entries(SPEC_PROFILES)) {
    const spec = specDevice(specId);
    if (!spec) throw new Error(`spec table lacks ${specId}`);
    writeProfile(id, specDerivedProfile({
      id, facts: spec.facts, source: spec.source, idleBasis: spec.idleBasis, base, fitDate: H100_FIT_DATE, band: SPEC_BAND,
      cpu: { correction: cpu.correction, basis: cpu.basis },
    }));
  }
}

// ---------------------------------------------------------------- sections

const SECTIONS: Record<string, () => Promise<void>> = {
  xeon: fitXeon,
  h100: fitH100,
  spec: fitSpec,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`unknown section '${name}'; known: ${Object.keys(SECTIONS).join(', ')}`);
    await section();
  }
}

await main();
