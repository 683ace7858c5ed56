/** The message of the import error `run` throws, in English, as the CLI prints it; a test fails when it throws none. */
import { describeImportError, ImportError } from '../../shared/formats/import-error.ts';

export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return describeImportError(error, 'en');
    throw error;
  }
  throw new Error('expected an import error');
}
