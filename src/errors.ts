/** Why a run could not go on: a fatal problem with one input, named, with what to do about it. */
export class RedlineError extends Error {
  /** Machine-readable code, e.g. `not-found`, `binary`, `too-large`. */
  readonly code: string;
  /** The file concerned, when there is one. */
  readonly file?: string;
  /** What the user can do about it: one short sentence. */
  readonly hint: string;

  constructor(code: string, message: string, hint: string, file?: string) {
    super(message);
    this.name = 'RedlineError';
    this.code = code;
    this.hint = hint;
    this.file = file;
  }

  /** The one line a user sees: `<file>: <message>. <hint>` */
  toLine(): string {
    const where = this.file ? `${this.file}: ` : '';
    return `${where}${this.message}. ${this.hint}`;
  }
}

/** True for errors redline raised on purpose (bad input, bad options), as opposed to bugs. */
export function isRedlineError(error: unknown): error is RedlineError {
  return error instanceof RedlineError;
}
