// Which repository files a Python model source depends on, from its import statements (pure; the caller reads files).
export { parsePythonImports, logicalStatements, type PythonImport } from './scan.js';
export { importRoots, packageInits, repoFiles, resolveImport, type RepoFiles } from './resolve.js';
export { importChain, importClosure, type ClosureSource, type ImportClosure } from './closure.js';
