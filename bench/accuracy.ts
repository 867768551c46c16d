// `npm run bench:accuracy`: estimator accuracy (bench/accuracy-estimate.ts: H100; bench/accuracy-xeon.ts:
// the Xeon profiles on the Getzner CPU layers), epoch extrapolation accuracy (bench/accuracy-extrapolate.ts) and
// whole-model latency in onnxruntime on this machine (bench/accuracy-ort.ts: runs a 4-minute bench unless
// `-- --records FILE`; `-- --ort-only` runs that section alone) and the int8 vs fp32 latency of a QDQ CNN in
// onnxruntime (bench/accuracy-ort-int8.ts: a 5-minute int8 bench unless `-- --int8-records FILE`...; `-- --int8-only`
// runs that section alone) in one run; exit status 1 when any misses its targets.
import { runExtrapolateAccuracy } from './accuracy-extrapolate.js';
import { runEstimateAccuracy } from './accuracy-estimate.js';
import { runOrtAccuracy } from './accuracy-ort.js';
import { runOrtInt8Accuracy } from './accuracy-ort-int8.js';
import { runXeonAccuracy } from './accuracy-xeon.js';

const ortOnly = process.argv.includes('--ort-only') || process.argv.includes('--int8-only');
let ok = true;
if (!ortOnly) {
  ok = (await runEstimateAccuracy()) && ok;
  console.log('');
  ok = runXeonAccuracy() && ok;
  console.log('');
  ok = runExtrapolateAccuracy() && ok;
  console.log('');
}
if (!process.argv.includes('--int8-only')) ok = (await runOrtAccuracy()) && ok;
console.log('');
ok = (await runOrtInt8Accuracy()) && ok;
process.exitCode = ok ? 0 : 1;
