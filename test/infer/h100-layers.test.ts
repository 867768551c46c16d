// Every single-layer configuration measured in data/h100 (layers_inference, layers_extra, layers_real_inference,
// layers_train), rebuilt by src/core/calibrate/measurements/layer-configs.ts (the builds the roofline fit uses) as the ONNX
// node PyTorch exports it to: our output shape, parameter count and MAC count must equal what the data set
// recorded from PyTorch. This pins the MAC convention to the one the energy measurements (and the
// predictors fitted on them) use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { modelOfConfig } from '../../src/core/calibrate/measurements/layer-configs.js';

interface Record_ {
  config: Record<string, number | string>;
  macs: number;
  params: number;
  output_shape: number[];
}

function records(file: string): Record_[] {
  return readFileSync(`data/h100/${file}.jsonl`, 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as Record_ & { kind: string })
    .filter((r) => r.kind === 'layer');
}

describe.each(['layers_inference', 'layers_extra', 'layers_real_inference', 'layers_train'])('data/h100/%s.jsonl', (file) => {
  it('output shape, params and MACs equal the recorded ones for every config', () => {
    const all = records(file);
    const seen = new Set<string>();
    for (const r of all) {
      const op = String(r.config.op);
      const built = modelOfConfig(op, r.config as Record<string, number>);
      expect(built, `builder for ${op}`).not.toBeNull();
      const m = inferModel(built!);
      expect(m.coverage.unsupported).toEqual([]);
      const layer = m.layers.at(-1)!;
      expect({ op, config: r.config, shape: layer.outputShapes[0], params: m.totals.params, macs: layer.macs })
        .toEqual({ op, config: r.config, shape: r.output_shape, params: r.params, macs: r.macs });
      seen.add(op);
    }
    expect(all.length).toBeGreaterThan(10);
    console.log(`${file}: ${all.length} configs of ${[...seen].sort().join(', ')} match`);
  });
});
