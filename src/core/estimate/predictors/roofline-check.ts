// Check of a roofline-v1 predictor block, so a hand-edited or truncated profile fails with the JSON path of the
// bad field (E_PROFILE_FIELD) instead of a TypeError, a NaN or absurd joules deep inside an estimate: every
// constant finite and within a physical range, the roofs not above the datasheet peaks the device names.
import { EnergyDiffError, isObject } from '../../common/index.js';
import type { DeviceFacts } from '../profile-types.js';
import { ROOFLINE_CLASSES } from '../roofline-model.js';
import { PRECISIONS } from '../precision.js';
import { numberProblem, PEAK_TOLERANCE, type Bounds } from '../profile-numbers.js';

/** Ranges of the per-class constants (seconds, FLOP/s, bytes/s, joules); the roofs are also capped by the device. */
const CLASS_BOUNDS: Record<string, Bounds> = {
  launchS: { min: 1e-12, max: 1 },
  flopsPerS: { min: 1 },
  bytesPerS: { min: 1 },
  cacheSpeedup: { min: 1, max: 1e3 },
  sharpness: { min: 0.5, max: 100 },
  joulesPerFlop: { min: 0, max: 1e-6 },
  joulesPerByte: { min: 0, max: 1e-3 },
  joulesPerCall: { min: 0, max: 1e3 },
};
const OPTIONAL_BOUNDS: Record<string, Bounds> = {
  unalignedFactor: { positive: true, max: 100 },
  narrowInputFactor: { positive: true, max: 100 },
  unalignedLaunchFactor: { positive: true, max: 100 },
  unalignedEnergyFactor: { positive: true, max: 100 },
  saturationTiles: { min: 1, max: 1e9 },
  // A latency-only fit's power above idle per call (watts), spec-derived: no device draws more than this.
  dynamicPowerW: { positive: true, max: 1e5 },
};
/** The runtime block of a profile measured in a runtime (onnxruntime), priced on its fused graph. */
const RUNTIME_BOUNDS: Record<string, Bounds> = {
  threads: { min: 1, max: 1e4, integer: true },
  perKernelS: { min: 0, max: 1 },
  nchwcBlock: { min: 0, max: 1024, integer: true },
};
const RUNTIME_STRINGS = ['name', 'version', 'executionProvider', 'fusion'] as const;

type Obj = Record<string, unknown>;

/** Blocks already checked, and whether against a device (a check against one covers a check without). */
const checked = new WeakMap<object, boolean>();

/**
 * Throws E_PROFILE_FIELD naming `file` at the first bad field of a roofline-v1 predictor block; with the
 * device, roofs above its peak FLOP/s or memory bandwidth are refused too. Memoised per object.
 */
export function checkRooflinePredictor(p: Obj, file: string, device?: DeviceFacts): void {
  const done = checked.get(p);
  if (done === true || (done === false && !device)) return;
  const fail = (path: string, message: string): never => {
    throw new EnergyDiffError('E_PROFILE_FIELD', message, { file, jsonPath: `$.predictor${path}` });
  };
  const num = (v: unknown, path: string, bounds: Bounds): void => {
    const problem = numberProblem(v, bounds);
    if (problem) fail(path, problem);
  };
  const peakFlops = device ? Math.max(...Object.values(device.peakFlopsPerS)) : undefined;
  num(p.cacheBytes, '.cacheBytes', { min: 1, max: 1e13 });
  num(p.optimizerBytesPerParam, '.optimizerBytesPerParam', { min: 0, max: 1e3 });
  if (p.perRunOverheadJ !== undefined) num(p.perRunOverheadJ, '.perRunOverheadJ', { min: 0, max: 1e12 });
  if (p.trainingLoop !== undefined) {
    if (!isObject(p.trainingLoop)) fail('.trainingLoop', 'expected {"startupSPerConvConfig": ...}');
    num((p.trainingLoop as Obj).startupSPerConvConfig, '.trainingLoop.startupSPerConvConfig', { min: 0, max: 1e3 });
  }
  for (const block of ['inference', 'train'] as const) {
    const classes = p[block];
    if (!isObject(classes)) fail(`.${block}`, 'expected an object of operator classes');
    for (const [cls, c] of Object.entries(classes as Obj)) {
      const at = `.${block}.${cls}`;
      if (!(ROOFLINE_CLASSES as readonly string[]).includes(cls)) fail(at, `unknown operator class; known: ${ROOFLINE_CLASSES.join(', ')}`);
      if (!isObject(c)) fail(at, 'expected an object of constants');
      const o = c as Obj;
      for (const [k, bounds] of Object.entries(CLASS_BOUNDS)) num(o[k], `${at}.${k}`, bounds);
      for (const [k, bounds] of Object.entries(OPTIONAL_BOUNDS)) if (o[k] !== undefined) num(o[k], `${at}.${k}`, bounds);
      if (device && peakFlops !== undefined) {
        const roof = (key: string, peak: number, what: string): void => {
          if ((o[key] as number) > peak * (1 + PEAK_TOLERANCE)) fail(`${at}.${key}`, `${String(o[key])} is above the device's ${what} ${peak}`);
        };
        roof('flopsPerS', peakFlops, 'peak FLOP/s ($.device.peakFlopsPerS)');
        roof('bytesPerS', device.memoryBandwidthBytesPerS, 'memory bandwidth ($.device.memoryBandwidthBytesPerS)');
      }
    }
  }
  if (p.precisions !== undefined) {
    if (!isObject(p.precisions)) fail('.precisions', 'expected {"int8": {"conv": {...}}}');
    for (const [precision, classes] of Object.entries(p.precisions as Obj)) {
      const at = `.precisions.${precision}`;
      if (!PRECISIONS.includes(precision)) fail(at, `unknown precision; known: ${PRECISIONS.join(', ')}`);
      if (!isObject(classes)) fail(at, 'expected an object of operator classes');
      for (const [cls, c] of Object.entries(classes as Obj)) {
        if (!(ROOFLINE_CLASSES as readonly string[]).includes(cls)) fail(`${at}.${cls}`, `unknown operator class; known: ${ROOFLINE_CLASSES.join(', ')}`);
        if (!isObject(c)) fail(`${at}.${cls}`, 'expected an object of constants');
        for (const [k, bounds] of Object.entries(CLASS_BOUNDS)) num((c as Obj)[k], `${at}.${cls}.${k}`, bounds);
        for (const [k, bounds] of Object.entries(OPTIONAL_BOUNDS)) if ((c as Obj)[k] !== undefined) num((c as Obj)[k], `${at}.${cls}.${k}`, bounds);
      }
    }
  }
  const fallback = p.trainFallback;
  if (!isObject(fallback)) fail('.trainFallback', 'expected {"timeFactor": ..., "energyFactor": ...}');
  num((fallback as Obj).timeFactor, '.trainFallback.timeFactor', { min: 0.01, max: 1e3 });
  num((fallback as Obj).energyFactor, '.trainFallback.energyFactor', { min: 0.01, max: 1e3 });
  const comp = p.composition;
  if (!isObject(comp)) fail('.composition', 'expected {"inference": {...}, "train-step": {...}}');
  for (const mode of ['inference', 'train-step']) {
    const m = (comp as Obj)[mode];
    if (!isObject(m)) fail(`.composition.${mode}`, 'expected {"launchScale": ..., "passOverheadS": ...}');
    num((m as Obj).launchScale, `.composition.${mode}.launchScale`, { min: 0.01, max: 1e3 });
    num((m as Obj).passOverheadS, `.composition.${mode}.passOverheadS`, { min: 0, max: 1e3 });
    const pipelined = (m as Obj).pipelined;
    if (pipelined !== undefined && typeof pipelined !== 'boolean') fail(`.composition.${mode}.pipelined`, `expected true or false, got ${JSON.stringify(pipelined)}`);
    if ((m as Obj).deviceOverheadS !== undefined) num((m as Obj).deviceOverheadS, `.composition.${mode}.deviceOverheadS`, { min: 0, max: 1 });
    if ((m as Obj).hostOverheadS !== undefined) num((m as Obj).hostOverheadS, `.composition.${mode}.hostOverheadS`, { min: 0, max: 1 });
  }
  if (p.runtime !== undefined) {
    const r = p.runtime;
    if (!isObject(r)) fail('.runtime', `expected {${[...RUNTIME_STRINGS, ...Object.keys(RUNTIME_BOUNDS)].map((k) => `"${k}"`).join(', ')}}`);
    for (const k of RUNTIME_STRINGS) {
      const v = (r as Obj)[k];
      if (typeof v !== 'string' || v.length === 0 || v.length > 200) fail(`.runtime.${k}`, 'expected a string of 1..200 characters');
    }
    for (const [k, bounds] of Object.entries(RUNTIME_BOUNDS)) num((r as Obj)[k], `.runtime.${k}`, bounds);
  }
  checked.set(p, device !== undefined);
}
