// Placeholder until the action lands (issue 4): reads INPUT_* variables and reports.
export async function runAction(env: NodeJS.ProcessEnv): Promise<number> {
  void env;
  process.stderr.write('energy-diff action: not implemented yet\n');
  return 1;
}
