// Desktop tests: the real Electron shell. They run wherever an Electron binary exists and are skipped, with the
// reason, where it does not (Electron's binary is downloaded on first use, which fails on offline machines).
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../../scripts/electron-binary.mjs';

const binary = findElectron();
test.skip(!binary, 'Electron binary not installed here (offline machine; set ELECTRON_EXEC_PATH or run `npx install-electron`)');

test('the desktop app opens a sandboxed window and draws the survey graph', async () => {
  const app = await electron.launch({ executablePath: binary!, args: ['out/main/index.js'] });
  const win = await app.firstWindow();
  await expect(win.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
  // The preload's bridge is there; Node is not (sandbox, no node integration, context isolation).
  expect(await win.evaluate(() => (window as unknown as { atlas?: { desktop?: boolean } }).atlas?.desktop)).toBe(true);
  expect(await win.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
  await app.close();
});
