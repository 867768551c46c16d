// Reads measurement files for `calibrate fit`: Getzner CSVs (random and real-config), H100 JSONL and the
// project's own energy-diff/layer-measurement@1 JSONL. Parsing is pure (core/calibrate/); this only reads.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, readGetznerCsv, readGetznerRealConfigs, readMeasurementJsonl, type LayerMeasurement } from '../core/calibrate/index.js';
import { EnergyDiffError } from '../core/common/index.js';

/** Parses one file's text by its extension and, for CSVs, by its header (project_name → real configs). */
export function parseMeasurementText(text: string, file: string): LayerMeasurement[] {
  if (/\.csv$/i.test(file)) {
    const header = parseCsv(text.slice(0, Math.max(text.indexOf('\n'), 0) || text.length), file).header;
    return header.includes('project_name') ? readGetznerRealConfigs(text, file) : readGetznerCsv(text, file);
  }
  if (/\.jsonl?$/i.test(file)) return readMeasurementJsonl(text, file);
  throw new EnergyDiffError('E_MEASUREMENT_FORMAT', 'unknown measurement file type; expected .csv (Getzner) or .jsonl', { file });
}

export function readMeasurementFiles(paths: string[], cwd: string): LayerMeasurement[] {
  const out: LayerMeasurement[] = [];
  for (const path of paths) {
    const file = resolve(cwd, path);
    if (!existsSync(file)) throw new EnergyDiffError('E_MEASUREMENT_NOT_FOUND', 'measurement file not found', { file: path });
    out.push(...parseMeasurementText(readFileSync(file, 'utf8'), path));
  }
  return out;
}
