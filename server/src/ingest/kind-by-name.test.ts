import { describe, expect, it } from 'vitest';
import { nodeKindOf, relKindOf } from './kind-by-name.ts';

describe('kinds by name', () => {
  it('reads node and relationship kinds by id, Chinese or English name, case and spacing aside', () => {
    expect(nodeKindOf('Enterprise')).toBe('Enterprise');
    expect(nodeKindOf(' 企业 ')).toBe('Enterprise');
    expect(nodeKindOf('innovation platform')).toBe('Platform');
    expect(nodeKindOf('university')).toBe('University');
    expect(relKindOf('COOPERATES_WITH')).toBe('COOPERATES_WITH');
    expect(relKindOf('合作')).toBe('COOPERATES_WITH');
    expect(relKindOf('Cooperates With')).toBe('COOPERATES_WITH');
    expect(relKindOf('hosts')).toBe('HOSTS');
  });

  it('says null for a name that is no kind', () => {
    expect(nodeKindOf('Planet')).toBeNull();
    expect(relKindOf('LIKES')).toBeNull();
    expect(nodeKindOf('')).toBeNull();
  });
});
