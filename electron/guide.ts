/**
 * Where the user guide is: the docs folder shipped beside the app (unpacked from its ASAR
 * archive so that the system's viewer can open it), in the UI's language.
 */
import { join } from 'node:path';
import type { Lang } from '../shared/model.ts';

export function guidePath(appPath: string, lang: Lang): string {
  const root = appPath.endsWith('app.asar') ? `${appPath}.unpacked` : appPath;
  return join(root, 'docs', lang === 'id' ? 'panduan.md' : 'guide.md');
}
