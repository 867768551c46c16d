// The rule set for eager PyTorch (what the H100 measurements ran): decompositions fused back into the one
// kernel eager launches, shape arithmetic and views free, Dropout the identity at inference, copies where
// a layout forces them.
import { attentionPass } from './rules/attention.js';
import { dropoutPass } from './rules/dropout.js';
import { controlPass, shapeArithmeticPass, unsupportedPass } from './rules/free.js';
import { gatedActivationPass, geluPass, layerNormPass, linearPass } from './rules/fusions.js';
import { convBiasPass } from './rules/conv-bias.js';
import { layoutPass } from './rules/layout.js';
import type { PlanPass, RuleSet } from './types.js';

/** Passes that hold for any runtime: they go first in every rule set. */
export const SHARED_PASSES: readonly PlanPass[] = [unsupportedPass, shapeArithmeticPass, controlPass];

const EAGER_FUSIONS: readonly PlanPass[] = [attentionPass, layerNormPass, geluPass, gatedActivationPass, linearPass, dropoutPass];

export const EAGER_PYTORCH: RuleSet = {
  id: 'eager-pytorch@1',
  description: 'eager PyTorch 2 on a GPU: one kernel per module call (Linear, GELU, SiLU, LayerNorm, SDPA attention fused back), a cuDNN convolution\'s bias as its own kernel, views and shape arithmetic free',
  passes: [...SHARED_PASSES, ...EAGER_FUSIONS, convBiasPass, layoutPass],
};

/** Eager PyTorch on a CPU: the same, except that oneDNN convolutions add their bias inside the kernel. */
export const EAGER_PYTORCH_CPU: RuleSet = {
  id: 'eager-pytorch-cpu@1',
  description: 'eager PyTorch 2 on a CPU: as eager-pytorch@1, with convolution biases inside the convolution',
  passes: [...SHARED_PASSES, ...EAGER_FUSIONS, layoutPass],
};

/** The eager rule set for a device kind. */
export function eagerRuleSet(kind: 'cpu' | 'gpu'): RuleSet {
  return kind === 'cpu' ? EAGER_PYTORCH_CPU : EAGER_PYTORCH;
}
