/**
 * Media files the user attached to sessions. The file stays where it is on disk; the
 * main process remembers each path the user picked in a dialog (in a small JSON file in
 * the app's data folder) and serves only those paths to the renderer, under an opaque
 * `telaah-media://` URL. Nothing else on disk can be reached through it.
 */
import { randomUUID } from 'node:crypto';

export const MEDIA_SCHEME = 'telaah-media';

export interface MediaStore {
  load(): Record<string, string>;
  save(tokens: Record<string, string>): void;
  exists(path: string): boolean;
}

export class MediaRegistry {
  /** path → token */
  private readonly tokens: Map<string, string>;

  constructor(private readonly store: MediaStore) {
    this.tokens = new Map(Object.entries(store.load()));
  }

  /** Remembers a path the user just picked, and gives its URL. */
  allow(path: string): string {
    let token = this.tokens.get(path);
    if (!token) {
      token = randomUUID();
      this.tokens.set(path, token);
      this.store.save(Object.fromEntries(this.tokens));
    }
    return `${MEDIA_SCHEME}://media/${token}`;
  }

  /** The URL of a path picked earlier and still on disk; null for any other path. */
  reopen(path: string): string | null {
    const token = this.tokens.get(path);
    if (!token || !this.store.exists(path)) return null;
    return `${MEDIA_SCHEME}://media/${token}`;
  }

  /** The path behind a media URL, or undefined when the URL is not one this registry gave out. */
  pathOf(url: string): string | undefined {
    const m = new RegExp(`^${MEDIA_SCHEME}://media/([0-9a-f-]{36})$`).exec(url);
    if (!m) return undefined;
    for (const [path, token] of this.tokens) if (token === m[1]) return path;
    return undefined;
  }
}
