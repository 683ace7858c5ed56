/**
 * Files dropped anywhere on the window go to the screen shown that takes them (a
 * transcript or recording on a session, a participants CSV on its tab, a project file on
 * the studies list), through that screen's own importer. While files are dragged over the
 * window it says so; a file no screen shown takes is refused by name, and nothing else
 * happens (the browser does not open it in place of the app).
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/context.tsx';
import { useDesktop } from './context.tsx';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function FileDropZone() {
  const t = useT();
  const desktop = useDesktop();
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
      setRefused([]);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Taken here, before an editor under the pointer could take it as text.
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      const left: string[] = [];
      for (const file of Array.from(event.dataTransfer!.files)) {
        const target = desktop.targetFor(file.name);
        if (target) void target.receive(file);
        else left.push(file.name);
      }
      setRefused(left);
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [desktop]);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('drop.here')}</p>
        </div>
      )}
      {refused.length > 0 && (
        <div className="notice notice-error drop-refused" role="alert">
          <span>{t('drop.refused', { files: refused.join(', ') })}</span>
          <button type="button" className="notice-close" aria-label={t('common.close')} onClick={() => setRefused([])}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
