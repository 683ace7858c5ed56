import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appFilePath, appHeaders, INDEX_URL } from '../../electron/app-scheme.ts';

const root = join('/opt', 'telaah', 'dist');

describe('the app scheme', () => {
  it('names files inside the built page only', () => {
    expect(appFilePath(INDEX_URL, root)).toBe(join(root, 'index.html'));
    expect(appFilePath('telaah://app/', root)).toBe(join(root, 'index.html'));
    expect(appFilePath('telaah://app/assets/index-Bx1.js?v=1#x', root)).toBe(join(root, 'assets', 'index-Bx1.js'));
    expect(appFilePath('telaah://app/assets/nama%20berspasi.css', root)).toBe(join(root, 'assets', 'nama berspasi.css'));
    // Dot segments are resolved by the URL itself, inside the page: never above it.
    expect(appFilePath('telaah://app/../../secret', root)).toBe(join(root, 'secret'));
    expect(appFilePath('telaah://app/%2e%2e/%2e%2e/secret', root)).toBe(join(root, 'secret'));
    for (const url of ['telaah://app/..%2fsecret', 'telaah://app/assets%2f..%2f..%2fsecret', 'telaah://app/a%5c..%5c..%5csecret', 'telaah://app/a%00.js', 'telaah://app/%E0%A4%A', 'telaah://other/index.html', 'file:///opt/telaah/dist/index.html', 'https://app/index.html', 'bukan url']) {
      expect(appFilePath(url, root), url).toBeNull();
    }
  });

  it('sends every file with its type, no sniffing and the page\'s Content-Security-Policy', () => {
    const page = appHeaders(join(root, 'index.html'));
    expect(page['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page['Content-Security-Policy']).toContain("script-src 'self'");
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(appHeaders(join(root, 'assets', 'a.js'))['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(appHeaders(join(root, 'x.unknown'))['Content-Type']).toBe('application/octet-stream');
  });

  it('is a standard, secure origin, so the page keeps IndexedDB, localStorage and Web Locks of its own', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(INDEX_URL).toBe('telaah://app/index.html');
  });
});
