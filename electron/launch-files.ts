/**
 * Project files given to the app when it starts: a double-clicked `.telaah.json` or
 * `.qdpx` arrives as an argument of the new process (Windows and Linux), or of a second
 * launch that hands it to the running one. Arguments that are options, the app's own
 * path or other files are not opened.
 */
import { isProjectPath } from '../shared/desktop.ts';

export function projectFilesIn(argv: readonly string[]): string[] {
  // argv[0] is the executable; in development argv[1] is the app's folder.
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && isProjectPath(arg));
}
