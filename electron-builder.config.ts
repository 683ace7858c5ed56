/**
 * How the desktop app is packaged (electron-builder): a Windows installer, a macOS disk
 * image and a Linux AppImage and .deb, each with the built renderer and main process in
 * an ASAR archive and Electron's fuses set for a packaged app: no running as plain Node,
 * no NODE_OPTIONS or inspector arguments, cookies encrypted, the app loaded only from its
 * ASAR archive and that archive's integrity checked, and no extra powers for file://
 * (the page comes from the app's own `telaah://` scheme). `npm run dist` builds for the
 * platform it runs on.
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'id.telaah.workbench',
  productName: 'Telaah',
  copyright: 'Telaah contributors, MIT licence',
  directories: { output: 'release' },
  // The main process needs nothing from node_modules at run time; the renderer is bundled into dist/.
  files: ['dist/**/*', 'dist-electron/**/*', 'package.json', 'docs/**/*', '!node_modules/**/*'],
  asar: true,
  // Help › User guide opens these with the system's viewer, which cannot read inside the archive.
  asarUnpack: ['docs/**/*'],
  // A double-clicked REFI-QDA project opens in Telaah (Windows, macOS, Linux). Telaah's own
  // `.telaah.json` is not associated: the systems go by the last extension, and claiming
  // every `.json` file would take them from the tools they belong to; it opens from the File
  // menu, the recent list or by dropping it on the window.
  fileAssociations: [{ ext: 'qdpx', name: 'REFI-QDA Project', description: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder, Telaah)', role: 'Editor', mimeType: 'application/x-qdpx' }],
  // Native modules ship prebuilt N-API binaries that work under Electron as they are; nothing is compiled.
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: [{ target: 'nsis', arch: ['x64', 'arm64'] }] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: [{ target: 'dmg', arch: ['x64', 'arm64'] }], category: 'public.app-category.education', hardenedRuntime: true },
  linux: { target: [{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }], category: 'Education', synopsis: 'Focus group discussion research workbench' },
};

export default config;
