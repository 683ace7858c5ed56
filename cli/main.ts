/** Entry point of `npm run -s cli -- <command> …` (and `npm run server`). */
import { runCli } from './run.ts';
import { serve } from './server/main.ts';
import { UsageError } from './args.ts';

const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') {
  try {
    const server = await serve(rest);
    const stop = () => void server.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`serve: ${error.message}\n`);
    process.exitCode = 1;
  }
} else {
  const result = await runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  if (result.stderr) process.stderr.write(result.stderr + '\n');
  process.exitCode = result.code;
}
