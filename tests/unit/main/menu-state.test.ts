import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../main/menu';
import { fileArgument, parseRecent, parseWindowState } from '../../../main/state';

const deps = (over = {}) => ({
  send: vi.fn(),
  recent: [],
  openRecent: vi.fn(),
  openDataFolder: vi.fn(),
  about: vi.fn(),
  isDev: false,
  isMac: false,
  ...over,
});
type Item = { label?: string; role?: string; accelerator?: string; submenu?: Item[]; click?: () => void; enabled?: boolean };
const find = (items: Item[], label: string): Item | undefined => {
  for (const i of items) {
    if (i.label === label) return i;
    const inner = i.submenu && find(i.submenu, label);
    if (inner) return inner;
  }
  return undefined;
};

describe('main/menu', () => {
  it('has the usual items and accelerators, and sends commands', () => {
    const d = deps();
    const t = menuTemplate(d) as Item[];
    expect(find(t, 'Open Graph…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(t, 'Save View…')?.accelerator).toBe('CmdOrCtrl+S');
    expect(find(t, 'Export Figure…')?.accelerator).toBe('CmdOrCtrl+E');
    find(t, 'Export Data…')!.click!();
    expect(d.send).toHaveBeenCalledWith('export-data');
    expect(find(t, 'No recent files')?.enabled).toBe(false);
    expect(JSON.stringify(t)).not.toContain('toggleDevTools');
  });
  it('lists recent files and shows developer tools in development only', () => {
    const d = deps({ recent: ['/a/g.json'], isDev: true });
    const t = menuTemplate(d) as Item[];
    find(t, '/a/g.json')!.click!();
    expect(d.openRecent).toHaveBeenCalledWith('/a/g.json');
    expect(JSON.stringify(t)).toContain('toggleDevTools');
  });
});

describe('main/state', () => {
  it('rejects malformed stored state', () => {
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false })).toBeNull();
    expect(parseWindowState('x')).toBeNull();
    expect(parseRecent([1, 2])).toBeNull();
  });
  it('reads valid stored state', () => {
    const s = { bounds: { x: 5, y: 6, width: 1200, height: 800 }, maximized: true };
    expect(parseWindowState(s)).toEqual(s);
    expect(parseRecent(['/a.json'])).toEqual(['/a.json']);
  });
  it('finds the graph file named on a command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-argv-'));
    writeFileSync(join(dir, 'g.json'), '{}');
    expect(fileArgument(['electron', '--flag', 'g.json'], dir)).toBe(join(dir, 'g.json'));
    expect(fileArgument(['electron', 'missing.json'], dir)).toBeNull();
    expect(fileArgument(['electron'], dir)).toBeNull();
  });
});
