// main/menu: the application menu with the usual accelerators; items send commands to the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/ipc/contract';

export type MenuDeps = {
  readonly send: (command: MenuCommand) => void;
  readonly recent: readonly string[];
  readonly openRecent: (path: string) => void;
  readonly openDataFolder: () => void;
  readonly about: () => void;
  readonly isDev: boolean;
  readonly isMac: boolean;
};

export function menuTemplate(d: MenuDeps): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => d.send(command),
  });
  return [
    ...(d.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        cmd('Open Graph…', 'open-graph', 'CmdOrCtrl+O'),
        {
          label: 'Open Recent',
          submenu: d.recent.length
            ? d.recent.map((p) => ({ label: p, click: () => d.openRecent(p) }))
            : [{ label: 'No recent files', enabled: false }],
        },
        cmd('Open View…', 'open-view', 'CmdOrCtrl+Shift+O'),
        cmd('Save View…', 'save-view', 'CmdOrCtrl+S'),
        { type: 'separator' },
        cmd('Export Figure…', 'export-figure', 'CmdOrCtrl+E'),
        cmd('Export Data…', 'export-data', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        { role: 'close', label: 'Close' },
        ...(d.isMac ? [] : [{ role: 'quit' as const, label: 'Quit' }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        cmd('Timeline Layout', 'layout-timeline', 'CmdOrCtrl+1'),
        cmd('Lineage Layout', 'layout-lineage', 'CmdOrCtrl+2'),
        cmd('Force Layout', 'layout-force', 'CmdOrCtrl+3'),
        cmd('Figure 1: Technique Tree', 'layout-techniques', 'CmdOrCtrl+4'),
        cmd('Figure 2: Comparison Datasets', 'layout-comparison', 'CmdOrCtrl+5'),
        { type: 'separator' },
        cmd('Toggle Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
        cmd('Fit Graph', 'fit', 'CmdOrCtrl+0'),
        cmd('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        cmd('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(d.isDev ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'About Lineage Atlas', click: d.about },
        cmd('How to Cite the Survey', 'cite-survey'),
        { label: 'Open Data Folder', click: d.openDataFolder },
      ],
    },
  ];
}
