// A convolution with a bias, as eager PyTorch runs it on a GPU: cuDNN computes the convolution, then a
// separate element-wise kernel adds the bias (aten's _convolution: output.add_(bias)). Depthwise
// convolutions take the bias inside their own kernel, so only dense ones get the second kernel.
import type { LayerCost } from '../../infer/index.js';
import type { PlanPass } from '../types.js';
import { claim, numel, open } from './match.js';

function biasAdd(conv: LayerCost): LayerCost {
  const elements = numel(conv.outputShapes[0]);
  const biasBytes = (conv.attrs.outChannels ?? 0) * 4;
  const c: LayerCost = {
    name: conv.name, op: 'Add', domain: '', family: 'elementwise', inputShapes: [conv.outputShapes[0] ?? null], outputShapes: conv.outputShapes.slice(0, 1),
    macs: elements, params: 0, weightBytes: biasBytes, activationBytesIn: conv.activationBytesOut, activationBytesOut: conv.activationBytesOut,
    attrs: { elements }, status: 'estimated',
  };
  if (conv.scope) c.scope = conv.scope;
  return c;
}

export const convBiasPass: PlanPass = {
  name: 'conv-bias',
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (l.family !== 'conv' || !open(s, i) || (l.io?.inputs[2] ?? '') === '') return;
      const groups = l.attrs.groups ?? 1;
      if (groups > 1 && groups === l.attrs.inChannels) return;
      claim(s, { kind: l.op, rule: 'conv-bias', anchor: i, members: [i], cost: l, followUps: [{ kind: 'BiasAdd', rule: 'conv-bias', cost: biasAdd(l) }] });
    });
  },
};
