/**
 * The collaboration server for end-to-end tests: started as `npm run server` starts it, on a
 * free loopback port with a fresh store, stopped (or killed) by the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TeamServer {
  address: string;
  key: string;
  port: number;
  dir: string;
  child: ChildProcess;
}

/** A loopback port nobody listens on now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts the server; with `previous`, again on its store (and its port, unless that is 0:
 * then a second instance beside it). `args` go to `serve` as well (e.g. `--redis URL`).
 */
export async function startTeamServer(previous?: Pick<TeamServer, 'port' | 'dir' | 'key'>, args: string[] = []): Promise<TeamServer> {
  const port = previous?.port || (await freePort());
  const dir = previous?.dir ?? mkdtempSync(join(tmpdir(), 'telaah-team-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cli/main.ts'), 'serve', '--port', String(port), '--data', dir, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stderr!.on('data', (chunk: Buffer) => void (printed += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('"event":"listening"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${seen}${printed}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const key = previous?.key ?? /Server key[^\n]*\n\s+(\S+)/.exec(printed)?.[1];
  if (!key) throw new Error(`the server printed no key: ${printed}`);
  return { address: `http://127.0.0.1:${port}`, key, port, dir, child };
}

export async function stopTeamServer(server: TeamServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill(signal);
    // A graceful stop waits for open documents; a browser left connected must not hold the run.
    const late = setTimeout(() => server.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(late);
  }
}

export const removeTeamServer = (server: TeamServer) => rmSync(server.dir, { recursive: true, force: true });

/** A real redis-server from the machine, on a loopback port, keeping nothing on disk. */
export async function redisServer(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server stopped (${code}): ${seen}`)));
  });
  return child;
}
