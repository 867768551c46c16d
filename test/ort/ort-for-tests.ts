// onnxruntime-node as the tests see it. It is an optional dependency: where it was left out (`npm ci
// --omit=optional`) the tests that run models skip, except under ENERGY_DIFF_REQUIRE_ORT=1, which .ci/run sets
// (there `npm ci` installs it with its CPU binaries, so a skip would hide that they never ran). Installed but not
// loading is always a failure.
import { loadOnnxRuntime, type OrtModule } from '../../src/adapters/onnxruntime.js';
import { EnergyDiffError } from '../../src/core/common/index.js';

export const REQUIRE_ORT_ENV = 'ENERGY_DIFF_REQUIRE_ORT';

export async function ortForTests(): Promise<OrtModule | undefined> {
  try {
    return await loadOnnxRuntime();
  } catch (err) {
    if (err instanceof EnergyDiffError && err.code === 'E_ORT_MISSING' && process.env[REQUIRE_ORT_ENV] !== '1') return undefined;
    throw err;
  }
}
