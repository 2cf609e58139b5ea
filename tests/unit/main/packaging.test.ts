// electron-builder's configuration (package.json "build"), checked against electron-builder's own schema:
// packages cannot be built here (electron-builder downloads Electron), so this is what CI can verify.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  main: string;
  build: Configuration & { files: string[]; linux: { target: string[] }; mac: { target: string[] }; win: { target: string[] } };
};
const quiet = new DebugLogger(false);

describe('packaging (electron-builder)', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(pkg.build, quiet)).resolves.toBeUndefined();
  });
  it('rejects what electron-builder would reject (the check can fail)', async () => {
    await expect(
      validateConfiguration({ ...pkg.build, linux: { target: ['AppImage'], colour: 'red' } as Configuration['linux'] }, quiet),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*linux/);
  });
  it('builds the four targets the README names, and packs the built app and the survey graph', () => {
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb']);
    expect(pkg.build.mac.target).toEqual(['dmg']);
    expect(pkg.build.win.target).toEqual(['nsis']);
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.build.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'graph-data/*.json']));
  });
});
