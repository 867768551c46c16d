// Conformance with ONNX's own backend node tests: for every test model whose operators we support, the
// inferred output shapes must equal the shapes of the expected outputs (test_data_set_0/output_*.pb, or the
// declared graph outputs). Inputs that are shape arguments (pads, axes, sizes, k, ...) are bound to the
// test's input values as constants, as an exporter would have written them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { ruleFor } from '../../src/core/infer/registry.js';
import type { DecodedModel, ModelGraph, TensorMeta } from '../../src/core/graph/index.js';
import { decodeMany } from '../infer/helpers/load.js';
import { readTensor } from './tensor-dims.js';

const ROOT = '/usr/share/libonnx-testdata/data';
const available = existsSync(ROOT);

function opsOf(g: ModelGraph): string[] {
  return g.nodes.flatMap((n) => [
    n.domain !== '' && n.domain !== 'ai.onnx' ? `@${n.domain}` : n.opType,
    ...Object.values(n.attributes).flatMap((a) => (a.type === 'graph' ? opsOf(a.value) : a.type === 'graphs' ? a.value.flatMap(opsOf) : [])),
  ]);
}

/** Small integer (or tiny float) inputs become constants carrying the test's values. */
function bindSmallInputs(model: DecodedModel, dir: string): DecodedModel {
  const initializers: TensorMeta[] = [...model.graph.initializers];
  model.graph.inputs.forEach((vi, k) => {
    const pb = join(dir, 'test_data_set_0', `input_${k}.pb`);
    if (!existsSync(pb)) return;
    const t = readTensor(readFileSync(pb));
    const n = t.dims.reduce((a, b) => a * b, 1);
    const integer = t.dataType === 6 || t.dataType === 7;
    if (!t.values || !((integer && n <= 64) || (t.dataType === 1 && n <= 8))) return;
    initializers.push({ name: vi.name, dataType: t.dataType, dims: t.dims, byteLength: 0, external: false, values: t.values });
  });
  return { ...model, graph: { ...model.graph, initializers } };
}

function expectedShapes(model: DecodedModel, dir: string): (number[] | undefined)[] {
  return model.graph.outputs.map((o, k) => {
    const pb = join(dir, 'test_data_set_0', `output_${k}.pb`);
    if (existsSync(pb)) return readTensor(readFileSync(pb)).dims;
    return o.shape?.every((d): d is number => typeof d === 'number') ? o.shape : undefined;
  });
}

/** Output shapes by tensor name, from the top-level layers (node order = layer order after topo sort). */
function inferredShapes(model: DecodedModel): Map<string, number[]> {
  const r = inferModel(model);
  const top = r.layers.filter((l) => l.scope === undefined && l.status === 'estimated');
  const byName = new Map(top.map((l) => [l.name, l]));
  const shapes = new Map<string, number[]>();
  const used = new Set<string>();
  model.graph.nodes.forEach((n, i) => {
    void i;
    const layer = byName.get(n.name !== '' && !used.has(n.name) ? n.name : '') ?? top.find((l) => l.op === n.opType && !used.has(l.name));
    if (!layer) return;
    used.add(layer.name);
    n.outputs.forEach((o, k) => {
      const s = layer.outputShapes[k];
      if (o !== '' && s && (s.length > 0 || layer.outputShapes.length > k)) shapes.set(o, s);
    });
  });
  return shapes;
}

interface SuiteResult { total: number; supported: number; passed: number; failures: string[] }

async function runSuite(root: string): Promise<SuiteResult> {
  const dirs = readdirSync(root).filter((d) => existsSync(join(root, d, 'model.onnx'))).sort();
  const models = await decodeMany(dirs.map((d) => join(root, d, 'model.onnx')));
  const result: SuiteResult = { total: dirs.length, supported: 0, passed: 0, failures: [] };
  dirs.forEach((d, i) => {
    const decoded = models[i];
    if (!decoded || 'error' in decoded) return;
    if (!opsOf(decoded.graph).every((op) => ruleFor(op) !== undefined)) return;
    result.supported++;
    const model = bindSmallInputs(decoded, join(root, d));
    const expected = expectedShapes(model, join(root, d));
    let got: Map<string, number[]>;
    try {
      got = inferredShapes(model);
    } catch (err) {
      result.failures.push(`${d}: threw ${(err as Error).message}`);
      return;
    }
    const wrong = model.graph.outputs.filter((o, k) => JSON.stringify(got.get(o.name)) !== JSON.stringify(expected[k]));
    if (wrong.length === 0) result.passed++;
    else result.failures.push(`${d}: ${wrong.map((o) => `${o.name} got ${JSON.stringify(got.get(o.name))} want ${JSON.stringify(expected[model.graph.outputs.indexOf(o)])}`).join('; ')}`);
  });
  return result;
}

// node: one operator per model; pytorch-converted/-operator: torch.nn modules and functions as exported by
// PyTorch; simple: small multi-node models.
const SUITES = [['node', 500], ['pytorch-converted', 40], ['pytorch-operator', 20], ['simple', 4]] as const;

describe.skipIf(!available)('ONNX backend test suites', () => {
  it.each(SUITES)('%s: output shapes match for at least 95 percent of supported models (min %i supported)', async (suite, minSupported) => {
    const r = await runSuite(join(ROOT, suite));
    const rate = r.passed / r.supported;
    console.log(`ONNX ${suite} tests: ${r.passed} passed / ${r.supported} supported / ${r.total} total (${(100 * rate).toFixed(1)}%)`);
    if (r.failures.length) console.log(`failures:\n  ${r.failures.join('\n  ')}`);
    expect(r.supported).toBeGreaterThanOrEqual(minSupported);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
