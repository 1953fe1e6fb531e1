import { describe, expect, it } from 'vitest';
import { statusForFailedOperation } from './error-status-plugin.ts';

const error = (code: string) => ({ message: code, extensions: { code } });

describe('statusForFailedOperation', () => {
  it('leaves an answer without errors alone', () => {
    expect(statusForFailedOperation({ stats: {} }, undefined)).toBeNull();
    expect(statusForFailedOperation({ stats: {} }, [])).toBeNull();
  });

  it('leaves an answer with some data at 200', () => {
    expect(
      statusForFailedOperation({ stats: { nodeCount: 1 }, search: null }, [error('BAD_INPUT')]),
    ).toBeNull();
  });

  it('gives the status of the code when nothing could be answered', () => {
    expect(statusForFailedOperation(null, [error('BAD_INPUT')])).toBe(400);
    expect(statusForFailedOperation(null, [error('TOO_LARGE')])).toBe(400);
    expect(statusForFailedOperation({ paths: null }, [error('NOT_FOUND')])).toBe(404);
    expect(statusForFailedOperation(undefined, [error('FORBIDDEN')])).toBe(403);
    expect(statusForFailedOperation(null, [error('CONFLICT')])).toBe(409);
  });

  it('calls mixed client mistakes a bad request, and lets a fault outrank them', () => {
    expect(statusForFailedOperation({ a: null, b: null }, [error('NOT_FOUND'), error('BAD_INPUT')])).toBe(
      400,
    );
    expect(statusForFailedOperation(null, [error('BAD_INPUT'), error('UNAVAILABLE')])).toBe(503);
    expect(statusForFailedOperation(null, [error('INTERNAL')])).toBe(500);
  });

  it('treats an error without a known code as a fault', () => {
    expect(statusForFailedOperation(null, [{ message: 'x' }])).toBe(500);
  });
});
