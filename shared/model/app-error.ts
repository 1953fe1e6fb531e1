/**
 * The one error type of the application: a code a program can branch on and a message a planner can read.
 * Codes are mapped to GraphQL `extensions.code` only at the API boundary.
 */

export const ERROR_CODES = [
  'NOT_FOUND',
  'BAD_INPUT',
  'TOO_LARGE',
  'FORBIDDEN',
  /** The change would overwrite newer facts (an undo after later changes to the same records). */
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProblemLocation {
  readonly file?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly argument?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly where: ProblemLocation | undefined;

  constructor(code: ErrorCode, message: string, where?: ProblemLocation, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.where = where;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function badInput(message: string, where?: ProblemLocation): AppError {
  return new AppError('BAD_INPUT', message, where);
}
