// Finds the Electron binary without letting `require('electron')` start a download behind our back.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The path of a runnable Electron binary, or null. `download: true` tries Electron's own installer once. */
export function findElectron({ download = false } = {}) {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const dir = dirname(require.resolve('electron/package.json'));
  const binary = () => {
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const full = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(full) ? full : null;
  };
  if (binary() || !download) return binary();
  console.log("Fetching Electron's binary (first run only)...");
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'pipe', timeout: 180_000 });
  return r.status === 0 ? binary() : null;
}

export const ELECTRON_MISSING =
  "Electron's binary is not installed (it is downloaded on first use, and that download failed here); " +
  'run `npx install-electron` on a machine with internet access, or set ELECTRON_EXEC_PATH to an Electron binary.';
