// Public entry of calibration: measurements in, a hardware profile out. One folder per concern, each with
// its own index: measurements/ (readers of measured layers), fit/ (the numeric toolkit), getzner/ and
// roofline/ (one per method), bench-plan/ (what `calibrate bench` measures, and
// the one-node ONNX model of each entry), cpu-facts/ (this machine's CPU as device facts, `--device auto`).
export * from './measurements/index.js';
export * from './fit/index.js';
export * from './getzner/index.js';
export * from './roofline/index.js';
export * from './bench-plan/index.js';
export * from './cpu-facts/index.js';
