// Dropout as eager PyTorch runs it: the identity in eval mode and at p = 0 (ATen returns its input), one
// fused kernel (mask and scale) in a training step otherwise.
import type { PlanPass } from '../types.js';
import { claim, numel, open } from './match.js';

export const dropoutPass: PlanPass = {
  name: 'dropout',
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (l.op !== 'Dropout' || !open(s, i)) return;
      if (s.mode === 'inference') {
        s.placed[i] = { kind: 'free', reason: 'identity (Dropout at inference)' };
        return;
      }
      if (l.attrs.ratio === 0) {
        s.placed[i] = { kind: 'free', reason: 'identity (Dropout with p = 0)' };
        return;
      }
      const elements = numel(l.outputShapes[0]);
      claim(s, { kind: 'Dropout', rule: 'dropout', anchor: i, members: [i], cost: { ...l, family: 'elementwise', macs: elements, attrs: { ...l.attrs, elements } } });
    });
  },
};
