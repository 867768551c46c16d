// GitHub Action entry: runs the action as a runner invokes `node dist/index.js`.
import { runAction } from './action/run.js';

process.exitCode = await runAction();
