/**
 * A small argument reader for the CLI: positional arguments and `--name value` options,
 * with a usage error for anything unknown or missing.
 */

import { CSV_KINDS, type CsvKind } from '../shared/formats/csv.ts';

export class UsageError extends Error {}

export interface Args {
  positional: string[];
  options: Map<string, string>;
}

export function parseArgs(argv: readonly string[], allowed: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
      i++;
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export function required(args: Args, index: number, what: string): string {
  const value = args.positional[index];
  if (value === undefined) throw new UsageError(`missing ${what}`);
  return value;
}

export function option<T extends string>(args: Args, name: string, choices: readonly T[], fallback?: T): T {
  const value = args.options.get(name) ?? fallback;
  if (value === undefined) throw new UsageError(`--${name} is required (${choices.join('|')})`);
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${choices.join('|')}`);
  return value as T;
}

/** `--csv standard|excel`: which CSV a command writes (standard, RFC 4180, when not given). */
export function csvKind(args: Args): CsvKind {
  return option(args, 'csv', CSV_KINDS, 'standard');
}
