/** The project files opened or saved lately on this computer (desktop; the web build keeps none). */
import { useCallback, useEffect, useState } from 'react';
import type { RecentFile } from '../../../shared/desktop.ts';
import { useHost } from '../../host/context.tsx';

export function useRecentFiles(): { files: RecentFile[]; refresh(): void } {
  const host = useHost();
  const [files, setFiles] = useState<RecentFile[]>([]);
  const refresh = useCallback(() => void host.recentFiles().then(setFiles), [host]);
  useEffect(refresh, [refresh]);
  return { files, refresh };
}
