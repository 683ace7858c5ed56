/**
 * The packaging configuration, checked as far as can be without the Electron binary:
 * it must pass electron-builder's own schema (and its loader, which reads the .ts file as
 * `npm run dist` does), set the fuses a packaged app needs, and pack what the app runs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config.ts';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(dir: string, path: string, options: null): Promise<typeof config>;
  validateConfiguration(c: typeof config, logger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const pkg = require('../../package.json') as { main: string; scripts: Record<string, string> };

describe('packaging the desktop app', () => {
  it('passes electron-builder\'s schema, read the way `npm run dist` reads it', async () => {
    const loaded = await getConfig(root, 'electron-builder.config.ts', null);
    await expect(validateConfiguration(loaded, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    expect(loaded.appId).toBe(config.appId);
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.ts');
  }, 60_000);

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspect arguments, cookies encrypted, only its checked ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built page and the compiled main process the package names, for Windows, macOS and Linux', () => {
    const files = config.files as string[];
    expect(files).toContain('dist/**/*');
    expect(pkg.main.startsWith('dist-electron/')).toBe(true);
    expect(files).toContain('dist-electron/**/*');
    const targets = (platform: 'win' | 'mac' | 'linux') => ((config[platform] as { target: { target: string }[] }).target).map((t) => t.target);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });

  it('opens a double-clicked REFI-QDA project in Telaah, and ships the user guide where the system’s viewer can open it', async () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'qdpx', role: 'Editor' })]);
    expect(config.files).toContain('docs/**/*');
    expect(config.asarUnpack).toEqual(['docs/**/*']);
    const { guidePath } = await import('../../electron/guide.ts');
    for (const lang of ['id', 'en'] as const) {
      const inProject = guidePath(root.replace(/\/$/, ''), lang);
      expect(existsSync(inProject), inProject).toBe(true);
    }
  });
});

