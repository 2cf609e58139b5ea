// Desktop tests: the real Electron shell. They run wherever an Electron binary exists and are skipped, with the
// reason, where it does not (Electron's binary is downloaded on first use, which fails on offline machines).
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectron } from '../../scripts/electron-binary.mjs';
import { miniText } from '../fixtures/mini';

const binary = findElectron();
test.skip(!binary, 'Electron binary not installed here (offline machine; set ELECTRON_EXEC_PATH or run `npx install-electron`)');

test('the desktop app opens a sandboxed window and draws the survey graph', async () => {
  const app = await electron.launch({ executablePath: binary!, args: ['out/main/index.js'] });
  const win = await app.firstWindow();
  await expect(win.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
  // The preload's bridge is there; Node is not (sandbox, no node integration, context isolation).
  expect(await win.evaluate(() => (window as unknown as { atlas?: { desktop?: boolean } }).atlas?.desktop)).toBe(true);
  expect(
    await win.evaluate(() => [
      typeof (window as unknown as { require?: unknown }).require,
      typeof (window as unknown as { process?: unknown }).process,
    ]),
  ).toEqual(['undefined', 'undefined']);
  await app.close();
});

test('opens a graph through the File menu, saves the view, and reopens it exactly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-desktop-'));
  const graphFile = join(dir, 'mini.json');
  const viewFile = join(dir, 'saved.view.json');
  writeFileSync(graphFile, miniText());
  const app = await electron.launch({ executablePath: binary!, args: ['out/main/index.js'] });
  try {
    const win = await app.firstWindow();
    await expect(win.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
    // Native dialogs cannot be driven from a test: the main process answers them with our paths.
    const answerDialogs = (open: string, save: string) =>
      app.evaluate(
        ({ dialog }, p) => {
          dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [p.open] })) as unknown as typeof dialog.showOpenDialog;
          dialog.showSaveDialog = (async () => ({ canceled: false, filePath: p.save })) as unknown as typeof dialog.showSaveDialog;
        },
        { open, save },
      );
    const menu = (top: string, label: string) =>
      app.evaluate(
        ({ Menu }, [t, l]) => {
          const item = Menu.getApplicationMenu()
            ?.items.find((i) => i.label === t)
            ?.submenu?.items.find((i) => i.label === l);
          if (!item) throw new Error(`no menu item ${t} > ${l}`);
          item.click();
        },
        [top, label] as const,
      );

    await answerDialogs(graphFile, viewFile);
    await menu('File', 'Open Graph…');
    await expect(win.getByRole('status')).toHaveText('Showing 6 of 6 datasets');

    await win.getByRole('combobox', { name: 'Layout' }).selectOption('timeline');
    await win.getByRole('combobox', { name: 'Era' }).selectOption('instructgpt');
    await menu('File', 'Save View…');
    await expect.poll(() => existsSync(viewFile)).toBe(true);
    expect(JSON.parse(readFileSync(viewFile, 'utf8'))).toMatchObject({
      format: 'lineage-atlas/view',
      layout: 'timeline',
      filter: { era: 'instructgpt' },
    });

    await win.getByRole('combobox', { name: 'Layout' }).selectOption('force');
    await win.getByRole('combobox', { name: 'Era' }).selectOption('all');
    await answerDialogs(viewFile, viewFile);
    await menu('File', 'Open View…');
    await expect(win.getByRole('combobox', { name: 'Layout' })).toHaveValue('timeline');
    await expect(win.getByRole('combobox', { name: 'Era' })).toHaveValue('instructgpt');
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
