/**
 * The server's log: one JSON object per line (time, level, event, and the event's fields),
 * so a lab's log collector or `jq` reads it; never a token or a document's content.
 */
export type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Log {
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
}

export function jsonLog(write: (line: string) => void = (line) => process.stdout.write(line)): Log {
  const entry = (level: string) => (event: string, fields: Fields = {}) => write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}
