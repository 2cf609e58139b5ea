// errors: one error class per failure family, each with a stable `code` (as graphology's typed errors have), so
// callers and tests branch on the code and the message stays free to be written for people.

export type ErrorCode =
  /** Another tool's file that its reader cannot read: not well-formed, a missing element, a wrong type. */
  | 'foreign-unreadable'
  /** A file or a value past one of the atlas's limits (size, count, length, nesting). */
  | 'limit-exceeded'
  /** A layout stopped because the person or the page asked it to. */
  | 'layout-cancelled';

/** The base of the atlas's errors: `code` says which family, `message` what happened, for people. */
export class AtlasError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The code of an error when it is one of ours, else undefined (a defect, or a platform error). */
export const errorCode = (e: unknown): ErrorCode | undefined => (e instanceof AtlasError ? e.code : undefined);
