// Layer changes grouped by the module that holds them, so the details read like the model's code:
// torch.onnx names nodes by their module scopes (`/encoder/layers.4/self_attn/MatMul_1`), and the rows
// become `encoder.layers.4.self_attn`, not one row per ONNX node.
import { compareAbsJ, type LayerDelta, type LayerSide } from '../diff/index.js';

/** Families whose cost is counted in multiply-accumulates; every other family counts elements (docs/ops.md). */
const MAC_FAMILIES = new Set(['conv', 'gemm', 'matmul', 'rnn']);
/** For layers from estimate JSON without a family: the operators counted in MACs. */
const MAC_OPS = new Set(['Conv', 'ConvTranspose', 'ConvInteger', 'QLinearConv', 'Gemm', 'MatMul', 'MatMulInteger', 'QLinearMatMul', 'Einsum', 'LSTM', 'GRU', 'RNN']);

/** A node a layers-json layer lowered to: `<module path>/<part>[/<part>…]`, identifier characters only. */
const LOWERED = /^[A-Za-z_][\w.]*(?:\/\w+)+$/;

export function countsMacs(side: Pick<LayerSide, 'op' | 'family'>): boolean {
  return side.family !== undefined ? MAC_FAMILIES.has(side.family) : MAC_OPS.has(side.op);
}

/**
 * The module path of a node name: torch.onnx scopes joined with dots, a scope that repeats its parent's
 * name (`/layer1/layer1.0/conv1/Conv`: `layer1.0` is child `0` of `layer1`) counted once, the node's own
 * last part dropped. A layers-json layer is a module already: the nodes it lowers to (`blocks.0.attn/q_proj`,
 * a dotted module path, then `/`-separated parts) belong to it. Any other name (`conv2`, `Gemm_18`, `/Add_3`,
 * a name with spaces) is its own module, shown whole.
 */
export function moduleOf(name: string): string {
  if (!name.startsWith('/')) return LOWERED.test(name) ? name.slice(0, name.indexOf('/')) : name;
  const parts = name.split('/').filter((p) => p !== '');
  if (parts.length <= 1) return parts[0] ?? name;
  let path = '';
  let last = '';
  for (const scope of parts.slice(0, -1)) {
    path = last && scope.startsWith(`${last}.`) ? path + scope.slice(last.length) : path ? `${path}.${scope}` : scope;
    last = scope;
  }
  return path;
}

/** A module name that fits a chart label: leading parts dropped (`…layers.4.self_attn`) until it does. */
export function shortModuleName(module: string, maxLength: number): string {
  if (module.length <= maxLength) return module;
  const parts = module.split('.');
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('.');
    if (tail.length + 1 <= maxLength) return `…${tail}`;
  }
  return module;
}

export interface ModuleChange {
  module: string;
  layers: LayerDelta[];
  deltaJ: number;
  /** Sums over the listed layers on each side (null when the side has none of them). */
  baseJ: number | null;
  headJ: number | null;
  deltaMacs: number;
  deltaElements: number;
  /** How many of the listed layers count MACs, and how many count elements. */
  macLayers: number;
  elementLayers: number;
  /** Any listed layer the estimator could not price on either side. */
  unsupported: boolean;
}

function shapesOf(s: LayerSide | null): string {
  return s ? JSON.stringify(s.outputShapes) : '';
}

/** A changed layer that moved nothing a reviewer can see: same energy, same MACs, same output shapes. */
export function isInvisible(d: LayerDelta): boolean {
  return d.kind === 'changed' && d.deltaJ === 0 && d.deltaMacs === 0 && shapesOf(d.base) === shapesOf(d.head) && d.base?.status === d.head?.status && d.base?.op === d.head?.op;
}

/** Groups layer deltas by module, largest |ΔJ| first (then by first appearance); invisible changes are left out. */
export function groupByModule(deltas: LayerDelta[]): ModuleChange[] {
  const groups = new Map<string, ModuleChange>();
  for (const d of deltas) {
    if (isInvisible(d)) continue;
    const module = moduleOf(d.name);
    let g = groups.get(module);
    if (!g) {
      g = { module, layers: [], deltaJ: 0, baseJ: null, headJ: null, deltaMacs: 0, deltaElements: 0, macLayers: 0, elementLayers: 0, unsupported: false };
      groups.set(module, g);
    }
    g.layers.push(d);
    g.deltaJ += d.deltaJ;
    if (d.base) g.baseJ = (g.baseJ ?? 0) + d.base.energyJ;
    if (d.head) g.headJ = (g.headJ ?? 0) + d.head.energyJ;
    const side = (d.head ?? d.base) as LayerSide;
    if (countsMacs(side)) {
      g.deltaMacs += d.deltaMacs;
      g.macLayers++;
    } else {
      g.deltaElements += d.deltaMacs;
      g.elementLayers++;
    }
    if (d.base?.status === 'unsupported' || d.head?.status === 'unsupported') g.unsupported = true;
  }
  // A stable sort keeps graph order among equal changes (identical transformer blocks).
  return [...groups.values()].sort((a, b) => compareAbsJ(a.deltaJ, b.deltaJ));
}
