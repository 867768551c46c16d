// Readers for the Getzner et al. (2023) layer-wise CSVs (data/getzner/): one row per random layer config
// (energy already per forward pass, in kWh) and the raw codecarbon rows of real AlexNet/VGG configs.
import { EnergyDiffError } from '../../common/index.js';
import { csvNumber, parseCsv } from './csv.js';
import type { LayerMeasurement } from './measurement-types.js';
import { bare, own } from '../../common/index.js';

export const KWH_TO_J = 3.6e6;

/** File stem → module name, as the paper names its seven layer models. */
export const GETZNER_MODULES: Record<string, string> = {
  conv2d: 'Conv2d',
  maxpool2d: 'MaxPool2d',
  linear: 'Linear',
  relu: 'ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  softmax: 'Softmax',
};

/** The layer parameters of each module, in the data set's column order. */
export const GETZNER_PARAMS: Record<string, string[]> = {
  Conv2d: ['batch_size', 'image_size', 'kernel_size', 'in_channels', 'out_channels', 'stride', 'padding'],
  MaxPool2d: ['batch_size', 'image_size', 'kernel_size', 'in_channels', 'stride', 'padding'],
  Linear: ['batch_size', 'input_size', 'output_size'],
  ReLU: ['batch_size', 'input_size'],
  Sigmoid: ['batch_size', 'input_size'],
  Tanh: ['batch_size', 'input_size'],
  Softmax: ['batch_size', 'input_size'],
};

function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.csv$/i, '').toLowerCase();
}

/** data/getzner/<module>.csv: parameters are the columns before `duration`; cpu_energy is kWh per pass. */
export function readGetznerCsv(text: string, file: string): LayerMeasurement[] {
  const op = GETZNER_MODULES[stem(file)];
  if (!op) {
    throw new EnergyDiffError('E_MEASUREMENT_FORMAT', `cannot tell the layer module from the file name; expected one of ${Object.keys(GETZNER_MODULES).join(', ')}.csv`, { file });
  }
  const table = parseCsv(text, file);
  const durationAt = table.header.indexOf('duration');
  if (durationAt <= 0) throw new EnergyDiffError('E_CSV', "expected parameter columns followed by 'duration'", { file, jsonPath: 'line 1' });
  const params = table.header.slice(0, durationAt);
  return table.records.map((record) => {
    const config = bare<number>();
    for (const p of params) config[p] = csvNumber(table, record, p, file);
    const energyKWh = csvNumber(table, record, 'cpu_energy', file);
    return {
      source: 'getzner' as const,
      op,
      config,
      mode: 'inference' as const,
      macs: csvNumber(table, record, 'macs', file),
      joulesPerCall: energyKWh * KWH_TO_J,
      secondsPerCall: csvNumber(table, record, 'duration', file) / csvNumber(table, record, 'forward_passes', file),
      meanPowerW: csvNumber(table, record, 'cpu_power', file),
      file,
      line: record.line,
    };
  });
}

/**
 * data/getzner/real-configs/<module>.csv: codecarbon rows whose `project_name` packs
 * `module:Conv2d,rep_no:1,macs:..,batch_size:..,...,freeText:...,forward_passes:58`; cpu_energy (kWh)
 * covers the whole window, so it is divided by forward_passes.
 */
export function readGetznerRealConfigs(text: string, file: string): LayerMeasurement[] {
  const table = parseCsv(text, file);
  const nameAt = table.header.indexOf('project_name');
  if (nameAt < 0) throw new EnergyDiffError('E_CSV', "missing column 'project_name'", { file, jsonPath: 'line 1' });
  return table.records.map((record) => {
    const packed = parsePacked(record.fields[nameAt] ?? '', file, record.line);
    const op = packed.get('module');
    const forwardPasses = Number(packed.get('forward_passes'));
    const where = { file, jsonPath: `line ${record.line}, column ${nameAt + 1} (project_name)` };
    const params = op ? own(GETZNER_PARAMS, op) : undefined;
    if (!op || !params) throw new EnergyDiffError('E_MEASUREMENT_FORMAT', `unknown module '${op ?? ''}'`, where);
    if (!(forwardPasses > 0)) throw new EnergyDiffError('E_MEASUREMENT_FORMAT', 'missing or non-positive forward_passes', where);
    const config: Record<string, number> = {};
    for (const p of params) {
      const v = Number(packed.get(p));
      if (!Number.isFinite(v)) throw new EnergyDiffError('E_MEASUREMENT_FORMAT', `missing parameter '${p}'`, where);
      config[p] = v;
    }
    const seconds = csvNumber(table, record, 'duration', file);
    return {
      source: 'getzner-real-config' as const,
      op,
      config,
      mode: 'inference' as const,
      macs: Number(packed.get('macs')),
      joulesPerCall: (csvNumber(table, record, 'cpu_energy', file) * KWH_TO_J) / forwardPasses,
      secondsPerCall: seconds / forwardPasses,
      meanPowerW: csvNumber(table, record, 'cpu_power', file),
      file,
      line: record.line,
    };
  });
}

function parsePacked(value: string, file: string, line: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of value.split(',')) {
    const colon = part.indexOf(':');
    if (colon <= 0) throw new EnergyDiffError('E_MEASUREMENT_FORMAT', `expected key:value, got ${JSON.stringify(part)}`, { file, jsonPath: `line ${line}` });
    out.set(part.slice(0, colon), part.slice(colon + 1));
  }
  return out;
}
