import { describe, expect, it } from 'vitest';
import { classifyNeo4jError } from './classify-neo4j-error.ts';

describe('Neo4j errors as AppErrors', () => {
  it('says a transaction too large for Neo4j’s memory is TOO_LARGE and what to do, not that Neo4j is down', () => {
    const error = classifyNeo4jError({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/dbms\.memory\.transaction\.total\.max/u);
    expect(classifyNeo4jError({ code: 'ServiceUnavailable' }).code).toBe('UNAVAILABLE');
  });
});
