// The environment variables that tell the CLI where onnxruntime-node is. A module of its own: the action sets
// them for the CLI child it runs, and must not bundle anything of the onnxruntime edge (not even its name).

/** Points the loader at another module name or file URL (tests use a missing one to check the message). */
export const ORT_MODULE_ENV = 'ENERGY_DIFF_ORT_MODULE';
/** A folder whose node_modules is searched for the package first (the action sets it to the workspace). */
export const ORT_SEARCH_ENV = 'ENERGY_DIFF_ORT_SEARCH';
