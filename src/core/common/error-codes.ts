// The one catalogue of error and diagnostic codes. An EnergyDiffError takes an ErrorCode and a Diagnostic a
// DiagnosticCode, so a new code is added here (and to docs/errors.md, which a test keeps in step) or it
// does not compile. Codes are stable: scripts and annotations match on them.

/** Errors: the command or the action stops with a non-zero exit, naming the file and the place. */
export const ERROR_CODES = {
  // command line and inputs
  E_ARG: 'a command-line option has a malformed or out-of-range value',
  E_INPUT: 'an action input (INPUT_*) has a malformed or out-of-range value',
  E_EVENT: 'the GitHub event payload (GITHUB_EVENT_PATH) cannot be read or lacks the pull request or head commit',
  E_BASE: 'the action finds no base commit (set base-ref) or the base-ref is not a commit here',
  E_STICKY_TIMESTAMP: 'the run timestamp recorded in a sticky comment marker is not a time',
  // files
  E_FILE_NOT_FOUND: 'a model file does not exist or is a directory',
  E_FILE_READ: 'a model file cannot be read (permissions)',
  E_READ: 'an input file of extrapolate cannot be read',
  E_MODEL: 'a model failed in an unexpected way while the action estimated it (the message says how)',
  E_INTERNAL: 'the action failed on something that is not an input error (a bug: the message says what)',
  E_MODEL_MISSING: 'a model the pull request changed is missing from the workspace',
  E_MODEL_FILE: 'a model file in the workspace is not a regular file inside it (a symlink out, a device, a directory) or is over the size cap',
  E_FILE_TOO_LARGE: 'a model file is larger than energy-diff reads (64 MiB for layers.json, 2 GiB for ONNX)',
  E_LFS_POINTER: 'a model file is a Git LFS pointer, not the model (fetch LFS objects in the checkout)',
  // model decoding
  E_NOT_ONNX: 'the file is not an ONNX model (its first bytes say what it is instead)',
  E_ONNX_TRUNCATED: 'an ONNX field runs past the end of its message or of the file',
  E_ONNX_VARINT: 'an ONNX varint is malformed (too long or cut off)',
  E_ONNX_WIRE_TYPE: 'an ONNX field has an invalid number or wire type',
  E_ONNX_NESTING: 'ONNX subgraphs are nested deeper than the decoder allows',
  E_ONNX_OPSET: 'the model declares no usable default-domain opset',
  E_LAYERS_JSON: 'a *.layers.json spec is invalid (the JSON path says where)',
  E_GRAPH_CYCLE: 'the model graph has a cycle, so it has no topological order',
  E_BATCH: 'the batch size is not a positive integer',
  E_INPUT_SHAPE: 'a graph input has no usable shape (pass --input name=1x3x224x224), or a given shape is not integers',
  // profiles, estimates, workloads
  E_PROFILE_DIR: 'the shipped hardware-profiles/ directory is not next to energy-diff',
  E_PROFILE_NOT_FOUND: 'no shipped profile has this id, or the profile file does not exist',
  E_PROFILE_JSON: 'a profile file is not valid JSON',
  E_PROFILE_FILE: 'a profile file is not a regular file inside the workspace, or is over the size cap (4 MiB)',
  E_PROFILE_FIELD: 'a profile field is missing or invalid (the JSON path says which)',
  E_WORKLOAD: 'a declared workload (training run, serving) has an invalid field',
  E_ESTIMATE_JSON: 'a diff input is not a valid energy-diff/estimate@1 report',
  E_DIFF_INPUT: 'a diff input file is missing, or has no report for the requested profile',
  // config and budgets
  E_CONFIG: 'the action config file (.github/energy-diff.yml) is invalid (JSON path and YAML line)',
  E_BUDGET_CONFIG: 'a budget config is missing, unparseable or invalid',
  // exports and git
  E_EXPORT: 'the export command is missing, malformed, failed, or wrote no model',
  E_EXPORT_HELPER: 'the bundled export helper (python/energy_diff_export.py) is not next to energy-diff',
  E_COMMAND: 'a command to run cannot be started (not found, or not executable)',
  E_GIT: 'a git command failed',
  E_GITHUB_FORBIDDEN: 'the GitHub API refused the token (401/403, e.g. a fork pull request)',
  E_GITHUB_NOT_FOUND: 'the GitHub API answered 404/410',
  E_GITHUB_VALIDATION: 'the GitHub API rejected the request body (422, e.g. an oversized comment)',
  E_GITHUB_RATE_LIMIT: 'the GitHub API rate limit is exhausted',
  E_GITHUB_SERVER: 'the GitHub API answered with a server error (5xx) or an unexpected status',
  E_GITHUB_NETWORK: 'the GitHub API could not be reached',
  // measurements, meters, extrapolation
  E_MEASUREMENT: 'a measurement artifact (energy-diff/measurement@1) cannot be read or is invalid',
  E_MEASUREMENT_NOT_FOUND: 'a calibration measurement file does not exist',
  E_MEASUREMENT_FORMAT: 'a JSONL measurement line is invalid (line and field named)',
  E_CSV: 'a Getzner-style CSV measurement file is malformed (line and column named)',
  E_EPOCHS_INPUT: 'an extrapolate input is not a measurement, JSON, JSONL or CSV of epochs',
  E_EXTRAPOLATE_EMPTY: 'there are no epochs to extrapolate from',
  E_EXTRAPOLATE_VALUE: 'an epoch has a non-finite or negative energy or duration',
  E_EXTRAPOLATE_TOTAL: 'more epochs were measured than the run\'s --total-epochs',
  E_EXTRAPOLATE_RANGE: 'the extrapolated prediction overflows to a non-finite number (check the input\'s units)',
  E_MEASURE_WRITE: 'the measurement file or its epoch journal cannot be written',
  E_NO_METER: 'no power meter (RAPL or NVML) is readable on this machine',
  E_RAPL_UNAVAILABLE: 'no RAPL zone exists under the powercap directory',
  E_RAPL_PERMISSION: 'the RAPL counters exist but are not readable by this user',
  E_RAPL_READ: 'a RAPL counter cannot be read or holds no number',
  E_NVML_UNAVAILABLE: 'nvidia-smi lists no (visible) GPU',
  E_NVML_FAILED: 'nvidia-smi failed',
  E_NVML_PARSE: 'nvidia-smi printed something other than the queried fields',
  // calibration
  E_CALIBRATE: 'the measurements cannot fit the chosen method (too few rows, missing seconds per call)',
  E_DEVICE_AUTO: "calibrate fit --device auto cannot read this machine's CPU description (/proc/cpuinfo)",
  E_BENCH_PLAN: 'a calibrate bench plan cannot be read or has nothing to measure',
  E_BENCH_PYTHON: 'the Python interpreter of calibrate bench cannot be started',
  E_BENCH_NO_TORCH: 'PyTorch is not importable by the calibrate bench interpreter',
  E_BENCH_NO_CUDA: 'calibrate bench --device cuda without a CUDA build of PyTorch or a driver',
  E_BENCH_WORKER: 'the calibrate bench worker is missing, died or broke its protocol',
  E_BENCH_IDLE: 'calibrate bench cannot measure idle power',
  // onnxruntime (calibrate bench --runtime onnxruntime, measure-inference)
  E_ORT_MISSING: 'onnxruntime-node, the optional dependency of the commands that run models, is not installed (the message has the install line)',
  E_ORT_LOAD: 'onnxruntime-node is installed but does not load on this machine',
  E_ORT_CUDA: 'onnxruntime cannot use its CUDA execution provider here (CUDA binaries not installed, or no driver)',
  E_ORT_SESSION: 'onnxruntime cannot load or run the model',
  E_ORT_INPUT: 'measure-inference cannot feed a graph input (an element type other than float32 or int64)',
  E_ORT_PROFILE: "onnxruntime's profiler output is missing or is not its JSON trace",
} as const;

/** Diagnostics: the estimate goes on, and the report says what was assumed or left out. */
export const DIAGNOSTIC_CODES = {
  I_BATCH_DEFAULT: 'a symbolic batch dimension was bound to 1 (pass --batch)',
  I_BATCH_OVERRIDE: 'an input declares a batch other than the requested one; inferring at the requested batch',
  I_TRAIN_EXPORT: 'a train step of a graph with convolutions and no normalization: an eval-mode export may have folded BatchNorm away',
  I_UNCALIBRATED_PROFILE: 'the profile is spec-derived, not fitted on measurements',
  I_PRECISION_DATASHEET: 'kernels at a precision the profile has not measured are priced from datasheet peak ratios, with a wider band',
  I_PRECISION_DEPLOYED: 'the model is priced at a declared deployment precision (--precision, config precision:), not its exported one',
  W_SHAPE_UNKNOWN: 'the shape of an output could not be inferred',
  W_TENSOR_DIMS: 'an initializer has a negative dimension or more than 2^53 elements; its consumers are not estimated',
  W_DECLARED_SHAPE: 'a declared output shape disagrees with the inferred one',
  W_BATCH_BAKED: 'a batch of 1 baked into an export was re-derived for the requested batch',
  W_BATCH_UNDERIVABLE: 'a batch-1 constant could not be re-derived for the requested batch',
  W_DECLARED_SHAPES: 'nodes whose constant inputs are unreadable (external data not present) were sized from the shapes the graph declares (value_info)',
  W_POOL_SIZE_BAKED: 'a Gemm after a Flatten re-derived the pooled map size an export baked into its weight',
  W_IF_BRANCH: 'an If condition is not constant; the more expensive branch is counted',
  W_LOOP_TRIPS: 'a Loop trip count is not constant; its body is counted once',
  W_NOT_ESTIMATED: 'the profile has no predictor for some layers, which are shown as not covered',
  W_OUTSIDE_FIT_RANGE: 'layers are far outside the sizes the profile\'s regressions were fitted on; their energy is the regressions\' floor',
  W_WORKLOAD_UNPRICED: 'a workload roll-up was left out because the profile prices no layer of the model',
  W_PRECISION_UNMODELLED: 'kernels at a precision the device or predictor has no roof for are computed at the fp32 rate (bytes at their own size)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
