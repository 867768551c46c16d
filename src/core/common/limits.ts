// Bounds of the numbers a user declares (the action's config file and inputs, CLI options). Beyond them a
// value is a typo or an attack: the arithmetic downstream would reach Infinity (epochs: 1e300) or a noise
// floor would hide every change (minChangePct: .inf). Shared so the config, the inputs and the CLI agree.
export const LIMITS = {
  /** Samples per batch. */
  batch: 2 ** 24,
  /** One dimension of a declared input shape. */
  dim: 2 ** 31 - 1,
  epochs: 1e6,
  /** Training or evaluation samples per epoch. */
  samples: 1e12,
  requestsPerMonth: 1e15,
  /** Percent: a noise floor of more than 100 % would call a doubled model unchanged. */
  minChangePct: 100,
  /** gCO2e per kWh (the dirtiest grids are near 1,000). */
  gridIntensityGCO2ePerKWh: 1e4,
  /** Per kWh in the user's currency (generous for any currency). */
  pricePerKWh: 1e6,
  /** Budget limits, in J or %. */
  budget: 1e30,
} as const;
