// The measured-inference section: "estimated X, measured Y" per model with the ratio, energy only where a counter
// was read (else it says latency only), the reason for each model not measured, everything user-named escaped,
// placed before the footer and kept whole when the rest of the comment is trimmed; absent when the option is off.
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/core/diff/index.js';
import { formatSeconds } from '../../src/core/format/index.js';
import { measuredInferenceSection, renderComment, type InferenceRow } from '../../src/core/report/index.js';
import { H100, cnn, report } from './fixtures.js';

const timed: InferenceRow = {
  model: 'models/net.onnx', profile: 'h100-sxm', batch: 8, runtime: 'onnxruntime 1.30.0, cpu, 1 thread', runs: 12,
  measuredSeconds: 0.00345, estimatedSeconds: 0.0015, latencyRatio: 0.00345 / 0.0015, estimatedJ: 0.0123,
};

describe('measuredInferenceSection', () => {
  it('latency only, with the ratio, and says there was no counter', () => {
    expect(measuredInferenceSection({ rows: [timed] })).toEqual([
      '**Measured inference** (head models run in onnxruntime on this runner; ratio = measured / estimated)',
      '',
      '- models/net.onnx at batch 8 on h100-sxm: latency: estimated 1.50 ms, measured 3.45 ms (×2.30); energy: no energy counter on this runner (latency only) — onnxruntime 1.30.0, cpu, 1 thread, median of 12 calls',
      '',
    ]);
  });

  it('energy next to its estimate where a meter was read; no time estimate said as such', () => {
    const row: InferenceRow = { ...timed, measuredJ: 0.5, meter: 'rapl', energyRatio: 0.5 / 0.0123 };
    expect(measuredInferenceSection({ rows: [row] })[2]).toBe(
      '- models/net.onnx at batch 8 on h100-sxm: latency: estimated 1.50 ms, measured 3.45 ms (×2.30); energy: estimated 12.3 mJ, measured 500 mJ (rapl, whole device) (×40.7) — onnxruntime 1.30.0, cpu, 1 thread, median of 12 calls',
    );
    const noTime: InferenceRow = { ...timed, estimatedSeconds: undefined, latencyRatio: undefined };
    delete noTime.estimatedSeconds;
    delete noTime.latencyRatio;
    expect(measuredInferenceSection({ rows: [noTime] })[2]).toMatch(/: latency: no time estimate on this profile, measured 3\.45 ms; energy: no energy counter/);
  });

  it('measured next to a profile it is not compared with: both numbers, no ratio, the reason', () => {
    const row: InferenceRow = { ...timed, measuredJ: 0.5, meter: 'rapl', notCompared: 'h100-sxm is a GPU profile and the model ran on this runner\'s CPU' };
    delete row.latencyRatio;
    expect(measuredInferenceSection({ rows: [row] })[2]).toBe(
      "- models/net.onnx at batch 8 on h100-sxm: latency: estimated 1.50 ms, measured 3.45 ms; energy: estimated 12.3 mJ, measured 500 mJ (rapl, whole device) — onnxruntime 1.30.0, cpu, 1 thread, median of 12 calls; not compared: h100-sxm is a GPU profile and the model ran on this runner's CPU",
    );
  });

  it('a model not measured says why; names and reasons are escaped', () => {
    const lines = measuredInferenceSection({ rows: [{ model: 'models/@team_<b>.onnx', profile: 'h100-sxm', batch: 1, notMeasured: 'onnxruntime-node is not installed [E_ORT_MISSING]\n| x |' }] });
    expect(lines[2]).toBe('- models/@\u200Bteam\\_\\<b\\>.onnx at batch 1: ⚠️ not measured: onnxruntime-node is not installed \\[E\\_ORT\\_MISSING\\] \\| x \\|');
  });

  it('no row: the note; off: nothing at all', () => {
    expect(measuredInferenceSection({ rows: [], note: 'no changed ONNX model on the head side' })).toEqual([
      '**Measured inference** (head models run in onnxruntime on this runner; ratio = measured / estimated)', '', '_no changed ONNX model on the head side._', '',
    ]);
    expect(measuredInferenceSection(undefined)).toEqual([]);
  });

  it('in the comment: before the footer, whole when the rest is trimmed; without it the comment is unchanged', () => {
    const d = diffReports({ base: { sha: 'a'.repeat(40), reports: [report('models/net.onnx', H100, cnn(32))] }, head: { sha: 'b'.repeat(40), reports: [report('models/net.onnx', H100, cnn(64))] } });
    const plain = renderComment(d);
    const body = renderComment(d, { measuredInference: { rows: [timed] } });
    expect(renderComment(d, { measuredInference: undefined })).toBe(plain);
    const at = body.indexOf('**Measured inference**');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(body.lastIndexOf('\n---\n'));
    expect(body.replace(measuredInferenceSection({ rows: [timed] }).join('\n') + '\n', '')).toBe(plain);
    const small = renderComment(d, { measuredInference: { rows: [timed] }, maxChars: 2500 });
    expect(small.length).toBeLessThanOrEqual(2500);
    expect(small).toContain(measuredInferenceSection({ rows: [timed] }).join('\n'));
  });

  it('formatSeconds: three digits with SI prefixes', () => {
    expect([0.00345, 5.24e-5, 1.2, 0, 1234].map(formatSeconds)).toEqual(['3.45 ms', '52.4 µs', '1.20 s', '0 s', '1234 s']);
  });
});
