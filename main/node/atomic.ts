// main/node/atomic: write a file so that a crash, a kill or a full disk leaves the old file or the new one
// whole, never a part; follows a symbolic link to its target, keeps the target's mode, and cleans up the
// temporaries of writers that died. Node built-ins only, so a test can run it in a child it kills.
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const TMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;
/** A temporary older than this is removed even when its pid is alive again (pids are reused). */
export const STALE_MS = 60 * 60 * 1000;

/** Where a write to `path` lands: the file a symbolic link (or a chain of them) points to, else `path`. */
async function target(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // A dangling link: write where it points, so the link is kept and now resolves.
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const s = await lstat(p).catch(() => null);
    if (!s?.isSymbolicLink()) return p;
    p = resolve(dirname(p), await readlink(p));
  }
  throw Object.assign(new Error(`${basename(path)}: too many levels of symbolic links`), { code: 'ELOOP' });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the temporaries of earlier writes to `path` whose writer is gone (killed, crashed). Never throws. */
export async function cleanStaleTemporaries(path: string, now = Date.now()): Promise<string[]> {
  const dir = dirname(path);
  const name = basename(path);
  const removed: string[] = [];
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const m = TMP.exec(entry);
    if (!m || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid === process.pid) continue; // a write of this process may be under way
    const file = join(dir, entry);
    const old = await stat(file).then(
      (s) => now - s.mtimeMs > STALE_MS,
      () => false,
    );
    if (alive(pid) && !old) continue;
    await rm(file, { force: true }).then(
      () => removed.push(entry),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Writes a uniquely named temporary file beside the target, flushes it to disk, then renames it over the
 * target. A symbolic link is followed (the link stays a link), the target's mode is kept (a 0600 file stays
 * 0600), and temporaries left by killed writers are removed first.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dest = await target(path);
  await cleanStaleTemporaries(dest);
  const mode = await stat(dest).then(
    (s) => s.mode & 0o7777,
    () => null,
  );
  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', mode ?? 0o666);
  try {
    if (mode !== null) await handle.chmod(mode); // open's mode passes through the umask
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  // The rename is durable once the folder's entry is on disk (where the platform lets a folder be opened).
  const folder = await open(dirname(dest), 'r').catch(() => null);
  await folder?.sync().catch(() => undefined);
  await folder?.close();
}
