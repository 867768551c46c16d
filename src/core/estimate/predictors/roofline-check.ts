// Structural check of a roofline-v1 predictor block, so a hand-edited or truncated profile fails with the
// JSON path of the bad field (E_PROFILE_FIELD) instead of a TypeError or NaN deep inside an estimate.
import { EnergyDiffError } from '../../types.js';
import { ROOFLINE_CLASSES } from '../roofline-model.js';
import { isObject } from '../../is-object.js';

const REQUIRED = ['launchS', 'flopsPerS', 'bytesPerS', 'cacheSpeedup', 'sharpness', 'joulesPerFlop', 'joulesPerByte', 'joulesPerCall'] as const;
const OPTIONAL = ['unalignedFactor', 'narrowInputFactor', 'unalignedLaunchFactor', 'dynamicPowerW'] as const;
const POSITIVE = new Set(['launchS', 'flopsPerS', 'bytesPerS', 'cacheSpeedup', 'sharpness', 'unalignedFactor', 'narrowInputFactor', 'unalignedLaunchFactor']);

type Obj = Record<string, unknown>;

const checked = new WeakSet<object>();

/** Throws E_PROFILE_FIELD at the first bad field of a roofline-v1 predictor block; memoised per object. */
export function checkRooflinePredictor(p: Obj, file: string): void {
  if (checked.has(p)) return;
  const fail = (path: string, message: string): never => {
    throw new EnergyDiffError('E_PROFILE_FIELD', message, { file, jsonPath: `$.predictor${path}` });
  };
  const num = (v: unknown, path: string, positive: boolean): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `expected a finite number, got ${JSON.stringify(v) ?? 'nothing'}`);
    if ((positive && !((v as number) > 0)) || (v as number) < 0) fail(path, `expected a ${positive ? 'positive' : 'non-negative'} number, got ${String(v)}`);
  };
  num(p.cacheBytes, '.cacheBytes', true);
  num(p.optimizerBytesPerParam, '.optimizerBytesPerParam', false);
  if (p.perRunOverheadJ !== undefined) num(p.perRunOverheadJ, '.perRunOverheadJ', false);
  for (const block of ['inference', 'train'] as const) {
    const classes = p[block];
    if (!isObject(classes)) fail(`.${block}`, 'expected an object of operator classes');
    for (const [cls, c] of Object.entries(classes as Obj)) {
      const at = `.${block}.${cls}`;
      if (!(ROOFLINE_CLASSES as readonly string[]).includes(cls)) fail(at, `unknown operator class; known: ${ROOFLINE_CLASSES.join(', ')}`);
      if (!isObject(c)) fail(at, 'expected an object of constants');
      for (const k of REQUIRED) num((c as Obj)[k], `${at}.${k}`, POSITIVE.has(k));
      for (const k of OPTIONAL) if ((c as Obj)[k] !== undefined) num((c as Obj)[k], `${at}.${k}`, true);
    }
  }
  const fallback = p.trainFallback;
  if (!isObject(fallback)) fail('.trainFallback', 'expected {"timeFactor": ..., "energyFactor": ...}');
  num((fallback as Obj).timeFactor, '.trainFallback.timeFactor', true);
  num((fallback as Obj).energyFactor, '.trainFallback.energyFactor', true);
  const comp = p.composition;
  if (!isObject(comp)) fail('.composition', 'expected {"inference": {...}, "train-step": {...}}');
  for (const mode of ['inference', 'train-step']) {
    const m = (comp as Obj)[mode];
    if (!isObject(m)) fail(`.composition.${mode}`, 'expected {"launchScale": ..., "passOverheadS": ...}');
    num((m as Obj).launchScale, `.composition.${mode}.launchScale`, true);
    num((m as Obj).passOverheadS, `.composition.${mode}.passOverheadS`, false);
  }
  // A profile measured in a runtime (onnxruntime): estimates price its fused graph with these terms.
  if (p.runtime !== undefined) {
    const r = p.runtime;
    if (!isObject(r)) fail('.runtime', 'expected {"name", "version", "executionProvider", "threads", "fusion", "nchwcBlock", "perKernelS"}');
    for (const k of ['name', 'version', 'executionProvider', 'fusion']) if (typeof (r as Obj)[k] !== 'string') fail(`.runtime.${k}`, 'expected a string');
    num((r as Obj).threads, '.runtime.threads', true);
    num((r as Obj).perKernelS, '.runtime.perKernelS', false);
    num((r as Obj).nchwcBlock, '.runtime.nchwcBlock', false);
  }
  checked.add(p);
}
