// main/state: the small things the desktop app remembers between runs, parsed from untrusted JSON.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

const Bounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
});
const WindowStateSchema = z.strictObject({ bounds: Bounds, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowStateSchema>;

export const parseWindowState = (json: unknown): WindowState | null => WindowStateSchema.safeParse(json).data ?? null;
export const parseRecent = (json: unknown): string[] | null => z.array(z.string().min(1)).max(50).safeParse(json).data ?? null;

/** The graph file named on a command line (`lineage-atlas my-graph.json`), resolved against `cwd`; null if none. */
export function fileArgument(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith('.json')) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (existsSync(path)) return path;
  }
  return null;
}
