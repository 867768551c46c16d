// Child process of bench/scale.ts (bundled by it to plain JS): runs one energy-diff CLI command in-process,
// its stdout going wherever the parent sent it (/dev/null), and reports the command's time and the process's
// peak RSS as the last line of stderr.
import { readFileSync } from 'node:fs';
import { main } from '../src/cli/main.js';

const t0 = performance.now();
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
const ms = performance.now() - t0;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stderr.write(`\n${JSON.stringify({ code, ms, maxRssKiB: hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS })}\n`);
