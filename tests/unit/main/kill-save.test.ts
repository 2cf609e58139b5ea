// The kill-during-save test (issue 17): a child process saves a 2 MB file in a loop through a symbolic link
// to a 0600 target and is killed with SIGKILL hundreds of times at random moments. After every kill the
// target is whole (one complete version, checked by its own length and checksum); at the end, one more save
// leaves no temporary file, the link is still a link and the mode is still 0600. KILLS sets the count.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/node/atomic';

const KILLS = Number(process.env.KILLS ?? 200);
const LANES = 4;

/** A version's text: a header with its length and checksum, then 2 MB of body. */
const version = (n: number) => {
  const body = `${n}:`.padEnd(64, '.').repeat(32 * 1024);
  return `${body.length} ${createHash('sha256').update(body).digest('hex')}\n${body}`;
};
const whole = (text: string) => {
  const nl = text.indexOf('\n');
  const [len, sum] = text.slice(0, nl).split(' ');
  const body = text.slice(nl + 1);
  return body.length === Number(len) && createHash('sha256').update(body).digest('hex') === sum;
};

function childScript(dir: string): string {
  const src = readFileSync(fileURLToPath(new URL('../../../main/node/atomic.ts', import.meta.url)), 'utf8');
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(dir, 'atomic.mjs'), js);
  const child = join(dir, 'child.mjs');
  writeFileSync(
    child,
    `import { createHash } from 'node:crypto';
import { writeFileAtomic } from './atomic.mjs';
const version = (n) => {
  const body = \`\${n}:\`.padEnd(64, '.').repeat(32 * 1024);
  return \`\${body.length} \${createHash('sha256').update(body).digest('hex')}\\n\${body}\`;
};
const [path, start] = process.argv.slice(2);
process.stdout.write('ready\\n');
for (let n = Number(start); ; n++) await writeFileAtomic(path, version(n));
`,
  );
  return child;
}

async function lane(child: string, dir: string, kills: number): Promise<{ killedMidWrite: number }> {
  const real = join(dir, 'data', 'target.txt');
  const link = join(dir, 'link.txt');
  mkdirSync(join(dir, 'data'));
  writeFileSync(real, version(0));
  chmodSync(real, 0o600);
  symlinkSync(real, link);
  let killedMidWrite = 0;
  for (let k = 0; k < kills; k++) {
    const p = spawn(process.execPath, [child, link, String(k * 1000 + 1)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((ok) => p.once('exit', (code) => ok(code)));
    await Promise.race([new Promise<void>((ok) => p.stdout.once('data', () => ok())), exited]);
    await new Promise((ok) => setTimeout(ok, 5 + Math.random() * 60));
    p.kill('SIGKILL');
    if ((await exited) !== null) throw new Error(`kill ${k}: the child ended by itself, not by the kill`);
    if (!whole(readFileSync(real, 'utf8'))) throw new Error(`kill ${k}: the target is not whole`);
    // A temporary left behind means this kill landed mid-write (the next save removes it).
    if (readdirSync(join(dir, 'data')).some((f) => f.endsWith('.tmp'))) killedMidWrite++;
  }
  await writeFileAtomic(link, version(-1));
  expect(readdirSync(join(dir, 'data'))).toEqual(['target.txt']);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(statSync(real).mode & 0o777).toBe(0o600);
  expect(readFileSync(real, 'utf8')).toBe(version(-1));
  return { killedMidWrite };
}

describe('main/node/atomic: kill during save', () => {
  it(`${KILLS} SIGKILLs during 2 MB saves never leave a partial target, and the next save cleans up`, { timeout: 600_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-kill-'));
    const child = childScript(root);
    const per = Math.ceil(KILLS / LANES);
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, i) => {
        const dir = join(root, `lane${i}`);
        mkdirSync(dir);
        return lane(child, dir, per);
      }),
    );
    const mid = results.reduce((n, r) => n + r.killedMidWrite, 0);
    console.info(`kill-save: ${per * LANES} kills, ${mid} of them mid-write (a temporary was left for the next save to remove)`);
    expect(mid).toBeGreaterThan(0);
  });
});
