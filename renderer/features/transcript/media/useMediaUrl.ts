/**
 * A playable URL for a session's recording: the stored file itself in the web build, or
 * the file on disk the desktop app remembers. `missing` says the file has moved.
 */
import { useEffect, useState } from 'react';
import type { MediaRow } from '../../../db/schema.ts';
import { useHost } from '../../../host/context.tsx';

export interface MediaUrl {
  url: string | null;
  missing: boolean;
}

export function useMediaUrl(media: MediaRow | null | undefined): MediaUrl {
  const host = useHost();
  const [result, setResult] = useState<MediaUrl>({ url: null, missing: false });
  useEffect(() => {
    if (!media) return setResult({ url: null, missing: false });
    if (media.blob) {
      const url = URL.createObjectURL(media.blob);
      setResult({ url, missing: false });
      return () => URL.revokeObjectURL(url);
    }
    let live = true;
    if (media.path) void host.reopenMedia(media.path).then((url) => live && setResult({ url, missing: url === null }));
    else setResult({ url: null, missing: true });
    return () => void (live = false);
  }, [media, host]);
  return result;
}
