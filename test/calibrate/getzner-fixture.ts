// Loads the shipped Getzner data set (data/getzner/) the way `calibrate fit` reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGetznerCsv, readGetznerRealConfigs, type LayerMeasurement } from '../../src/core/calibrate/index.js';

export const GETZNER_DIR = join(import.meta.dirname, '../../data/getzner');
export const GETZNER_STEMS = ['conv2d', 'maxpool2d', 'linear', 'relu', 'sigmoid', 'tanh', 'softmax'];
export const GETZNER_REAL_STEMS = ['conv2d', 'linear', 'maxpool2d'];

export function getznerFiles(): string[] {
  return [
    ...GETZNER_STEMS.map((s) => join(GETZNER_DIR, `${s}.csv`)),
    ...GETZNER_REAL_STEMS.map((s) => join(GETZNER_DIR, 'real-configs', `${s}.csv`)),
  ];
}

export function loadGetznerData(): LayerMeasurement[] {
  const rows: LayerMeasurement[] = [];
  for (const stem of GETZNER_STEMS) {
    const file = join(GETZNER_DIR, `${stem}.csv`);
    rows.push(...readGetznerCsv(readFileSync(file, 'utf8'), file));
  }
  for (const stem of GETZNER_REAL_STEMS) {
    const file = join(GETZNER_DIR, 'real-configs', `${stem}.csv`);
    rows.push(...readGetznerRealConfigs(readFileSync(file, 'utf8'), file));
  }
  return rows;
}
