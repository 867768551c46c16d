// Real graphs: a small CNN exported by PyTorch as base, as a widened head with an extra layer, and
// under other module names (so every node is named differently). Shapes and MACs come from the real
// decoder + inference; the expected MAC deltas are computed in Python from the module definitions.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffReports } from '../../src/core/diff/index.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import type { EstimateReport } from '../../src/core/estimate/index.js';
import { renderComment } from '../../src/core/report/index.js';
import { CACHE_DIR, loadOnnx } from '../infer/helpers/load.js';
import { cachedPythonJson, hasTorch } from '../infer/helpers/python.js';
import { parsedTables, structureProblems } from '../report/markdown-checks.js';

const SCRIPT = 'test/diff/fixtures/export_pair.py';

type Side = 'base' | 'head' | 'renamed';
type Manifest = Record<Side, { file: string; layers: { module: string; op: string; macs: number }[] }>;

let manifest: Manifest;
const inferred = {} as Record<Side, InferredModel>;

function exportPair(): Manifest {
  const key = createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 16);
  const dir = join(CACHE_DIR, `diff-pair-${key}`);
  const m = cachedPythonJson<Manifest>(SCRIPT, [dir]);
  if (Object.values(m).every((e) => existsSync(e.file))) return m;
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(CACHE_DIR, 'python'), { recursive: true, force: true });
  return cachedPythonJson<Manifest>(SCRIPT, [dir]);
}

/**
 * Prices inferred layers at 1 pJ per MAC plus 1 pJ per activation byte: a stand-in with a stated rule,
 * so these tests check pairing and MAC deltas on real graphs independently of any fitted profile.
 */
function toReport(model: InferredModel, path: string): EstimateReport {
  const layers = model.layers.map((l) => ({
    name: l.name, op: l.op, outputShapes: l.outputShapes, macs: l.macs, params: l.params, status: l.status,
    energyJ: (l.macs + l.activationBytesIn + l.activationBytesOut) * 1e-12,
  }));
  const energyJ = layers.reduce((s, l) => s + l.energyJ, 0);
  return {
    schema: 'energy-diff/estimate@1',
    model: { path, format: 'onnx' },
    profile: { id: 'stand-in', calibrated: false, version: '0' },
    batch: model.batch,
    mode: 'inference',
    totals: { macs: model.totals.macs, flops: 2 * model.totals.macs, params: model.totals.params, energyJ, energyJLow: energyJ * 0.5, energyJHigh: energyJ * 2 },
    layers,
    coverage: model.coverage,
    diagnostics: model.diagnostics,
  };
}

function diffOf(base: Side, head: Side) {
  return diffReports({
    base: { reports: [toReport(inferred[base], 'models/cnn.onnx')] },
    head: { reports: [toReport(inferred[head], 'models/cnn.onnx')] },
  });
}

const macsOf = (side: Side, module: string) => manifest[side].layers.find((l) => l.module === module)?.macs ?? NaN;

describe.skipIf(!hasTorch())('diff of PyTorch exports', () => {
  beforeAll(async () => {
    manifest = exportPair();
    for (const side of ['base', 'head', 'renamed'] as const) inferred[side] = inferModel(await loadOnnx(manifest[side].file));
  }, 240_000);

  it('widened head: the changed layers and their MAC deltas are those of the module definitions', () => {
    const r = diffOf('base', 'head').models[0]!.results[0]!;
    const changed = new Map(r.layers.changed.map((c) => [c.name, c]));
    expect(changed.has('/stem/Conv')).toBe(false);
    expect(changed.get('/body/Conv')?.deltaMacs).toBe(macsOf('head', 'body') - macsOf('base', 'body'));
    expect(changed.get('/fc/Gemm')?.deltaMacs).toBe(macsOf('head', 'fc') - macsOf('base', 'fc'));
    expect(changed.get('/body/Conv')?.head?.outputShapes).toEqual([[1, 48, 32, 32]]);
    expect(r.layers.added.map((a) => [a.name, a.op, a.deltaMacs])).toEqual([['/extra/Conv', 'Conv', macsOf('head', 'extra')]]);
    expect(r.layers.removed).toEqual([]);
    expect(r.layers.top[0]?.name).toBe('/extra/Conv');
  });

  it('re-export under other module names: every layer pairs by operator and shape, nothing changed', () => {
    const d = diffOf('base', 'renamed');
    const l = d.models[0]!.results[0]!.layers;
    expect([l.added, l.removed, l.changed]).toEqual([[], [], []]);
    // All but /Flatten (same name in both exports) are paired under new names.
    expect(l.renamedCount).toBe(inferred.base.layers.length - 1);
    expect(d.models[0]!.status).toBe('unchanged');
  });

  it('renders a valid comment listing the new layer', () => {
    const text = renderComment(diffOf('base', 'head'));
    expect(structureProblems(text)).toEqual([]);
    const layerTable = parsedTables(text)[1]!;
    expect(layerTable[1]?.slice(0, 3)).toEqual(['/extra/Conv', 'Conv', 'added']);
  });
});
