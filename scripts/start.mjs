// npm start: the desktop app on the built-in graph; web mode in a browser where Electron's binary is missing.
import { spawn } from 'node:child_process';
import { ELECTRON_MISSING, findElectron } from './electron-binary.mjs';

const run = (cmd, args, env = process.env) =>
  new Promise((resolve) => spawn(cmd, args, { stdio: 'inherit', env }).on('exit', (code) => resolve(code ?? 1)));

const electron = findElectron({ download: true });
if (electron) {
  process.exit(await run('npx', ['electron-vite', 'preview'], { ...process.env, ELECTRON_EXEC_PATH: electron }));
} else {
  console.log(`${ELECTRON_MISSING}\nStarting web mode instead: open the address below in a browser.`);
  process.exit(await run('npx', ['vite', '--config', 'vite.web.config.ts', '--host', '127.0.0.1']));
}
