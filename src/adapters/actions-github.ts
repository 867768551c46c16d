// @actions/github, imported on first use. At import it builds its own `context` from the environment of that
// moment, reading GITHUB_EVENT_PATH: a payload that does not parse would throw there, outside any handler,
// and a missing one prints a line. So the import sees no event path; loadEventContext builds the context
// the action uses afresh, where a failure is an E_EVENT naming the file.
let loaded: Promise<typeof import('@actions/github')> | undefined;

export function actionsGithub(): Promise<typeof import('@actions/github')> {
  if (!loaded) {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    delete process.env.GITHUB_EVENT_PATH;
    loaded = import('@actions/github').finally(() => {
      if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath;
    });
  }
  return loaded;
}
