// A regression pipeline as plain data (features → scaler → linear model): fitted by core/calibrate, stored in
// getzner-v1 profiles, evaluated by the getzner predictor of core/estimate.
export { fitPipeline, predictPipeline } from './pipeline.js';
export type { FeatureRow, FittedPipeline, PipelineForm, TargetRow } from './pipeline.js';
export { fitLinear, predictLinear } from './linear.js';
export type { LinearModel } from './linear.js';
