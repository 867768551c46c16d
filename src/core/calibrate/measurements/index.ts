// Measured layers in: Getzner CSVs, H100 and energy-diff/layer-measurement@1 JSONL → LayerMeasurement, and
// the measured layer configs rebuilt as the layers inference sees.
export { layerConfigOfGetzner, layerOfConfig, modelOfConfig } from './layer-configs.js';
export { formatLayerMeasurement, readMeasurementJsonl } from './jsonl.js';
export { LAYER_MEASUREMENT_SCHEMA } from './measurement-types.js';
export type { LayerMeasurement } from './measurement-types.js';
export { GETZNER_PARAMS, readGetznerCsv, readGetznerRealConfigs } from './getzner-csv.js';
export { parseCsv } from './csv.js';
