// A git server over HTTP on 127.0.0.1, as GitHub serves a private repository: git http-backend (smart HTTP,
// protocol v2) behind Basic authentication with `x-access-token:<token>`; 401 with a challenge otherwise.
// Records the Authorization header of every request.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { dirname } from 'node:path';

export interface GitHttpServer {
  /** http://127.0.0.1:PORT, what GITHUB_SERVER_URL would be. */
  serverUrl: string;
  /** The URL of the repository served. */
  repoUrl: string;
  /** Authorization header of each request ('' when none), in order. */
  authorizations: string[];
  close(): Promise<void>;
}

/** Serves the bare repository `bareDir` as /owner/<name>; requests must carry `token`. */
export async function startGitHttp(bareDir: string, token: string): Promise<GitHttpServer> {
  const authorizations: string[] = [];
  const expected = `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const name = bareDir.split('/').pop()!;
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    authorizations.push(auth);
    if (auth.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: dirname(bareDir),
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname.replace(/^\/owner/, ''),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let started = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (started) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      started = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':');
        const [k, v] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
        if (k.toLowerCase() === 'status') status = Number.parseInt(v, 10);
        else res.setHeader(k, v);
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    cgi.stdout.on('end', () => res.end());
    cgi.on('error', () => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const serverUrl = `http://127.0.0.1:${port}`;
  return {
    serverUrl,
    repoUrl: `${serverUrl}/owner/${name}`,
    authorizations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
