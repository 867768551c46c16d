// The action's config file (.github/energy-diff.yml) as a plain value → a validated ActionConfig.
export { parseActionConfig } from './config-schema.js';
export type { ActionConfig, ExportInput, ExportSettings, ModelSettings } from './config-schema.js';
