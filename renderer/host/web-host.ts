/**
 * The browser implementation of the host API for the web build: saving is a download,
 * opening is a file input. The desktop app gets the same interface from its preload.
 */
import type { Api, FileFilter, FileToSave, OpenedFile } from '../../shared/api.ts';

function download(file: FileToSave): void {
  const type = file.name.endsWith('.html') ? 'text/html' : file.name.endsWith('.csv') ? 'text/csv' : 'text/plain';
  const url = URL.createObjectURL(new Blob([file.content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(filters: FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.hidden = true;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file.text().then((content) => resolve({ name: file.name, content }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

export const webHost: Api = {
  async saveFile(file) {
    download(file);
    return { saved: true, location: file.name };
  },
  async saveFiles(files) {
    files.forEach(download);
    return { saved: true, location: files.map((f) => f.name).join(', ') };
  },
  openFile: pickFile,
};
