/**
 * `serve`: runs the collaboration server until stopped (Ctrl+C or SIGTERM stores every
 * open document first). The first start makes the server key and prints it once; `--new-key`
 * makes a new one.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { parseArgs, UsageError } from '../args.ts';
import { jsonLog } from './log.ts';
import { startServer, type RunningServer } from './server.ts';

export const SERVE_USAGE = `  serve [--data DIR] [--port N] [--host ADDRESS] [--redis redis://HOST:PORT] [--cert FILE --key FILE] [--new-key]`;

const DEFAULT_PORT = 8750;

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

export async function serve(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const newKey = argv.includes('--new-key');
  const args = parseArgs(argv.filter((a) => a !== '--new-key'), ['data', 'port', 'host', 'redis', 'cert', 'key']);
  if (args.positional.length > 0) throw new UsageError(`serve takes no file, only options:\n${SERVE_USAGE}`);
  const port = Number(args.options.get('port') ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number (0 to 65535)');
  const host = args.options.get('host') ?? '127.0.0.1';
  const cert = args.options.get('cert');
  const key = args.options.get('key');
  if (Boolean(cert) !== Boolean(key)) throw new UsageError('--cert and --key go together');
  const log = jsonLog();
  const server = await startServer({
    dataDir: args.options.get('data') ?? 'telaah-server',
    port,
    host,
    redis: args.options.get('redis') ?? env.REDIS_URL,
    tls: cert && key ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined,
    log,
  });
  if (!cert && !isLoopback(host)) log.warn('plain-http', { message: 'Telaah connects to a server on another computer only over https/wss: give --cert and --key, or put this server behind a TLS reverse proxy' });
  if (newKey || !server.members.hasServerKey()) {
    process.stderr.write(`Server key (puts a study on this server; kept only as a hash, shown this once):\n  ${server.members.newServerKey()}\n`);
  }
  return server;
}
