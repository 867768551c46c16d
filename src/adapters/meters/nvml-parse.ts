// Parsing nvidia-smi's CSV (`--format=csv,noheader,nounits`) and choosing the GPUs CUDA_VISIBLE_DEVICES exposes.
import { EnergyDiffError } from '../../core/common/index.js';

export interface GpuRow {
  index: number;
  uuid: string;
  name: string;
  powerW?: number;
  /** Total energy since the driver loaded, mJ; undefined where the GPU has no counter ([N/A], [Not Supported]). */
  energyMj?: number;
}

function optionalNumber(cell: string | undefined): number | undefined {
  const v = Number((cell ?? '').trim());
  return cell !== undefined && cell.trim() !== '' && Number.isFinite(v) ? v : undefined;
}

/** Streaming lines have the full field list: index, uuid, name, power.draw, total_energy_consumption. */
export function parseGpuLine(line: string, place: string): GpuRow {
  const cells = line.split(',').map((c) => c.trim());
  const index = Number(cells[0]);
  if (cells.length < 5 || !Number.isInteger(index)) {
    throw new EnergyDiffError('E_NVML_PARSE', `unexpected nvidia-smi output '${line.slice(0, 120)}' (expected index, uuid, name, power.draw, total_energy_consumption)`, { input: place });
  }
  // GPU names never contain commas in practice, but keep the last two cells as the numbers regardless.
  const powerW = optionalNumber(cells[cells.length - 2]);
  const energyMj = optionalNumber(cells[cells.length - 1]);
  return { index, uuid: cells[1] ?? '', name: cells.slice(2, cells.length - 2).join(','), ...(powerW !== undefined ? { powerW } : {}), ...(energyMj !== undefined ? { energyMj } : {}) };
}

/**
 * CUDA_VISIBLE_DEVICES lists indices or UUIDs (a unique prefix is enough); unset means every GPU.
 * Indices are matched to nvidia-smi's (PCI bus) order: set CUDA_DEVICE_ORDER=PCI_BUS_ID for CUDA to agree.
 */
export function selectVisible(rows: readonly GpuRow[], visible: string | undefined): GpuRow[] {
  if (rows.length === 0) throw new EnergyDiffError('E_NVML_UNAVAILABLE', 'nvidia-smi lists no GPU');
  if (visible === undefined) return [...rows];
  const wanted = visible.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (wanted.length === 0) throw new EnergyDiffError('E_NVML_UNAVAILABLE', 'CUDA_VISIBLE_DEVICES is empty: no GPU is visible to meter');
  const chosen: GpuRow[] = [];
  for (const w of wanted) {
    const row = /^\d+$/.test(w) ? rows.find((r) => r.index === Number(w)) : rows.find((r) => r.uuid.startsWith(w) || r.uuid === `GPU-${w}`);
    // CUDA stops at the first invalid entry; so do we.
    if (!row) break;
    if (!chosen.includes(row)) chosen.push(row);
  }
  if (chosen.length === 0) throw new EnergyDiffError('E_NVML_UNAVAILABLE', `CUDA_VISIBLE_DEVICES='${visible}' names no GPU that nvidia-smi lists (${rows.map((r) => r.index).join(', ')})`);
  return chosen;
}
