export function findElectron(options?: { download?: boolean }): string | null;
export const ELECTRON_MISSING: string;
