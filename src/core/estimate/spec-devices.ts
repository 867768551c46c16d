// Device facts from public spec sheets, for spec-derived (uncalibrated) profiles through the roofline
// model. Caches in binary units (MiB as vendors quote them), bandwidth and FLOP/s in decimal units.
// Peak FLOP/s are dense (no structured sparsity); tensor-core fp16 is with fp32 accumulate where the
// vendor distinguishes, as PyTorch's autocast runs it.
import type { DeviceFacts } from './profile-types.js';

export interface SpecDevice {
  id: string;
  facts: DeviceFacts;
  /** The vendor document each number comes from. */
  source: string;
  /** How idlePowerW was set: no vendor states idle power. */
  idleBasis: string;
}

const KiB = 1024;
const MiB = 1024 * 1024;
const GBps = 1e9;
const TFLOPS = 1e12;

/**
 * Idle as a fraction of TDP. GPUs: the ratio measured on the H100 in data/h100/probe.json
 * (119.95 W idle board power / 700 W power limit). CPUs: an assumption (package power with cores in
 * C-states is typically a fifth to a third of TDP on server parts), to be replaced by a measurement.
 */
export const GPU_IDLE_FRACTION = 119.95434287757863 / 700;
export const CPU_IDLE_FRACTION = 0.3;
const GPU_IDLE = `${GPU_IDLE_FRACTION.toFixed(3)} x TDP, the idle/limit ratio measured on the H100 (data/h100/probe.json)`;
const CPU_IDLE = `${CPU_IDLE_FRACTION} x TDP, an assumption (not on the datasheet)`;

function gpu(id: string, source: string, f: Omit<DeviceFacts, 'kind' | 'idlePowerW'>): SpecDevice {
  return { id, source, idleBasis: GPU_IDLE, facts: { ...f, kind: 'gpu', idlePowerW: round(f.tdpW * GPU_IDLE_FRACTION) } };
}

function cpu(id: string, source: string, f: Omit<DeviceFacts, 'kind' | 'idlePowerW'>): SpecDevice {
  return { id, source, idleBasis: CPU_IDLE, facts: { ...f, kind: 'cpu', idlePowerW: round(f.tdpW * CPU_IDLE_FRACTION) } };
}

function round(watts: number): number {
  return Math.round(watts * 10) / 10;
}

/** fp32 peak of a CPU: cores x clock x FMA units x SIMD lanes x 2 FLOP per FMA. */
export function cpuPeakFp32(cores: number, clockGHz: number, fmaUnits: number, simdLanesFp32: number): number {
  // Whole FLOP/s, so profiles show no float round-off (9.856e11, not 985600000000.0001).
  return Math.round(cores * clockGHz * 1e9 * fmaUnits * simdLanesFp32 * 2);
}

export const SPEC_DEVICES: readonly SpecDevice[] = [
  gpu('h100-sxm5-80gb', 'NVIDIA H100 Tensor Core GPU datasheet (SXM5 column); NVIDIA H100 Tensor Core GPU Architecture whitepaper', {
    name: 'NVIDIA H100 SXM5 80GB', tdpW: 700, sms: 132, clockGHz: 1.98, l1Bytes: 132 * 256 * KiB, l2Bytes: 50 * MiB,
    memoryBandwidthBytesPerS: 3350 * GBps, peakFlopsPerS: { fp32: 67 * TFLOPS, tf32: 494.7 * TFLOPS, fp16: 989.4 * TFLOPS },
  }),
  gpu('a100-sxm4-40gb', 'NVIDIA A100 Tensor Core GPU datasheet; NVIDIA A100 Tensor Core GPU Architecture whitepaper', {
    name: 'NVIDIA A100 SXM4 40GB', tdpW: 400, sms: 108, clockGHz: 1.41, l1Bytes: 108 * 192 * KiB, l2Bytes: 40 * MiB,
    memoryBandwidthBytesPerS: 1555 * GBps, peakFlopsPerS: { fp32: 19.5 * TFLOPS, tf32: 156 * TFLOPS, fp16: 312 * TFLOPS },
  }),
  gpu('v100-sxm2', 'NVIDIA Tesla V100 GPU datasheet; NVIDIA Tesla V100 GPU Architecture whitepaper', {
    name: 'NVIDIA V100 SXM2', tdpW: 300, sms: 80, clockGHz: 1.53, l1Bytes: 80 * 128 * KiB, l2Bytes: 6 * MiB,
    memoryBandwidthBytesPerS: 900 * GBps, peakFlopsPerS: { fp32: 15.7 * TFLOPS, fp16: 125 * TFLOPS },
  }),
  gpu('t4', 'NVIDIA T4 Tensor Core GPU datasheet; NVIDIA Turing GPU Architecture whitepaper', {
    name: 'NVIDIA T4', tdpW: 70, sms: 40, clockGHz: 1.59, l1Bytes: 40 * 96 * KiB, l2Bytes: 4 * MiB,
    memoryBandwidthBytesPerS: 320 * GBps, peakFlopsPerS: { fp32: 8.1 * TFLOPS, fp16: 65 * TFLOPS },
  }),
  gpu('l4', 'NVIDIA L4 Tensor Core GPU datasheet; NVIDIA Ada GPU Architecture whitepaper', {
    name: 'NVIDIA L4', tdpW: 72, sms: 58, clockGHz: 2.04, l1Bytes: 58 * 128 * KiB, l2Bytes: 48 * MiB,
    memoryBandwidthBytesPerS: 300 * GBps, peakFlopsPerS: { fp32: 30.3 * TFLOPS, tf32: 60 * TFLOPS, fp16: 121 * TFLOPS },
  }),
  gpu('rtx-3090', 'NVIDIA Ampere GA102 GPU Architecture whitepaper (GeForce RTX 3090 column)', {
    name: 'NVIDIA GeForce RTX 3090', tdpW: 350, sms: 82, clockGHz: 1.695, l1Bytes: 82 * 128 * KiB, l2Bytes: 6 * MiB,
    memoryBandwidthBytesPerS: 936 * GBps, peakFlopsPerS: { fp32: 35.6 * TFLOPS, tf32: 35.6 * TFLOPS, fp16: 71 * TFLOPS },
  }),
  gpu('rtx-3070', 'NVIDIA Ampere GA102 GPU Architecture whitepaper (GeForce RTX 3070 / GA104 column)', {
    name: 'NVIDIA GeForce RTX 3070', tdpW: 220, sms: 46, clockGHz: 1.725, l1Bytes: 46 * 128 * KiB, l2Bytes: 4 * MiB,
    memoryBandwidthBytesPerS: 448 * GBps, peakFlopsPerS: { fp32: 20.3 * TFLOPS, tf32: 20.3 * TFLOPS, fp16: 40.6 * TFLOPS },
  }),
  gpu('gtx-750-ti', 'NVIDIA GeForce GTX 750 Ti whitepaper (first-generation Maxwell GM107)', {
    name: 'NVIDIA GeForce GTX 750 Ti', tdpW: 60, sms: 5, clockGHz: 1.02, l1Bytes: 5 * 64 * KiB, l2Bytes: 2 * MiB,
    memoryBandwidthBytesPerS: 86.4 * GBps, peakFlopsPerS: { fp32: 640 * 2 * 1.02e9 },
  }),
  cpu('xeon-gold-5120', 'Intel ARK: Intel Xeon Gold 5120 Processor (19.25M Cache, 2.20 GHz); 1 AVX-512 FMA unit per core', {
    name: 'Intel Xeon Gold 5120', tdpW: 105, cores: 14, clockGHz: 2.2, l1Bytes: 14 * 32 * KiB, l2Bytes: 14 * MiB, l3Bytes: 19.25 * MiB,
    memoryBandwidthBytesPerS: 6 * 2400e6 * 8, peakFlopsPerS: { fp32: cpuPeakFp32(14, 2.2, 1, 16) },
  }),
  cpu('x86-server-2s-32c', 'Intel ARK: Intel Xeon Gold 6338 Processor (48M Cache, 2.00 GHz), two sockets; 2 AVX-512 FMA units per core', {
    name: 'Generic x86 server, 2 x 32-core (2 x Intel Xeon Gold 6338)', tdpW: 2 * 205, cores: 64, clockGHz: 2.0,
    l1Bytes: 64 * 48 * KiB, l2Bytes: 64 * 1.25 * MiB, l3Bytes: 2 * 48 * MiB,
    memoryBandwidthBytesPerS: 2 * 8 * 3200e6 * 8, peakFlopsPerS: { fp32: cpuPeakFp32(64, 2.0, 2, 16) },
  }),
  cpu('laptop-8c-28w', 'AMD product page: AMD Ryzen 7 7840U (8 cores, 28 W default TDP, LPDDR5x-7500); Zen 4 executes AVX-512 as 2 x 256-bit FMA', {
    name: 'Laptop CPU, 8-core 28 W (AMD Ryzen 7 7840U)', tdpW: 28, cores: 8, clockGHz: 3.3,
    l1Bytes: 8 * 32 * KiB, l2Bytes: 8 * MiB, l3Bytes: 16 * MiB,
    memoryBandwidthBytesPerS: 7500e6 * 16, peakFlopsPerS: { fp32: cpuPeakFp32(8, 3.3, 2, 8) },
  }),
];

export function specDevice(id: string): SpecDevice | undefined {
  return SPEC_DEVICES.find((d) => d.id === id);
}
