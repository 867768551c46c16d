// `npm run bench:accuracy`: estimator accuracy (bench/accuracy-estimate.ts: H100; bench/accuracy-xeon.ts:
// the Xeon profiles on the Getzner CPU layers) and epoch extrapolation accuracy (bench/accuracy-extrapolate.ts)
// in one run; exit status 1 when any misses its targets.
import { runExtrapolateAccuracy } from './accuracy-extrapolate.js';
import { runEstimateAccuracy } from './accuracy-estimate.js';
import { runXeonAccuracy } from './accuracy-xeon.js';

const estimateOk = await runEstimateAccuracy();
console.log('');
const xeonOk = runXeonAccuracy();
console.log('');
const extrapolateOk = runExtrapolateAccuracy();
process.exitCode = estimateOk && xeonOk && extrapolateOk ? 0 : 1;
