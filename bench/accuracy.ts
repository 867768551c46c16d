// `npm run bench:accuracy`: estimator accuracy (bench/accuracy-estimate.ts) and epoch extrapolation
// accuracy (bench/accuracy-extrapolate.ts) in one run; exit status 1 when either misses its targets.
import { runExtrapolateAccuracy } from './accuracy-extrapolate.js';
import { runEstimateAccuracy } from './accuracy-estimate.js';

const estimateOk = await runEstimateAccuracy();
console.log('');
const extrapolateOk = runExtrapolateAccuracy();
process.exitCode = estimateOk && extrapolateOk ? 0 : 1;
