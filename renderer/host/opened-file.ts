/** A file the user gave the page (picked in a file input, or dropped), read as the host API hands files over. */
import type { OpenedFile } from '../../shared/api.ts';
import { decodeText } from '../../shared/formats/text-decode.ts';

export async function openedFromFile(file: File): Promise<OpenedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, content: decodeText(bytes), bytes };
}
