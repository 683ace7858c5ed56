// The root package.json says "type": "module"; the compiled main process is CommonJS.
// A package.json in its output folder tells Node (and Electron) how to load it.
import { writeFileSync, mkdirSync } from 'node:fs';
const dir = process.argv[2] ?? 'dist-electron';
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/package.json`, JSON.stringify({ type: 'commonjs' }) + '\n');
