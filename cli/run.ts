/**
 * Runs one CLI invocation and turns every expected failure (bad input, bad usage, an
 * unreadable file) into a one-line message and exit code 1.
 */
import { ImportError } from '../shared/formats/import-error.ts';
import { UsageError } from './args.ts';
import { COMMANDS, USAGE } from './commands.ts';
import { diskFiles, FileNotReadable, type Files } from './files.ts';
import { UntimedTurn } from '../shared/formats/transcript-timed.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: readonly string[], files: Files = diskFiles): Promise<CliResult> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') return { code: name ? 0 : 1, stdout: name ? USAGE : '', stderr: name ? '' : USAGE };
  const command = COMMANDS[name];
  if (!command) return { code: 1, stdout: '', stderr: `unknown command "${name}"\n${USAGE}` };
  const noted: string[] = [];
  const told = (line: string) => [...noted, line].join('\n');
  try {
    const stdout = await command(rest, { ...files, note: (line) => void noted.push(line) });
    return { code: 0, stdout, stderr: noted.join('\n') };
  } catch (error) {
    if (error instanceof ImportError || error instanceof FileNotReadable) return { code: 1, stdout: '', stderr: told(error.message) };
    if (error instanceof UntimedTurn) return { code: 1, stdout: '', stderr: told(`${name}: ${error.message}`) };
    if (error instanceof UsageError) return { code: 1, stdout: '', stderr: told(`${name}: ${error.message}`) };
    throw error;
  }
}
