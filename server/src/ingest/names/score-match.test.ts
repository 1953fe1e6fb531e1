import { describe, expect, it } from 'vitest';
import { parseOrgName } from './parse-org-name.ts';
import { MERGE_AT, REVIEW_AT, scoreMatch } from './score-match.ts';

const score = (a: string, ...b: string[]) => {
  const result = scoreMatch(
    parseOrgName(a, 'enterprise'),
    b.map((name) => parseOrgName(name, 'enterprise')),
  );
  return { score: result.score, codes: result.reasons.map((reason) => reason.code) };
};

describe('scoring two names of one trade name', () => {
  it('merges a legal name with its short name when the industry agrees', () => {
    const found = score('山东华兴化工集团股份有限公司', '华兴化工');
    expect(found.score).toBeGreaterThanOrEqual(MERGE_AT);
    expect(found.codes).toEqual(['same-trade', 'same-industry']);
  });

  it('keeps apart the same trade name in another city or another industry', () => {
    expect(score('淄博市华兴化工有限公司', '华兴化工', '东营市华兴化工有限公司')).toMatchObject({
      codes: ['same-trade', 'same-industry', 'other-place'],
    });
    expect(score('淄博市华兴化工有限公司', '东营市华兴化工有限公司').score).toBeLessThan(REVIEW_AT);
    expect(score('山东华兴药业有限公司', '华兴化工').score).toBeLessThan(REVIEW_AT);
  });

  it('asks about a branch and its head office, and merges two names of one branch', () => {
    const branch = score('山东合益化工有限公司东营分公司', '合益化工');
    expect(branch.score).toBeGreaterThanOrEqual(REVIEW_AT);
    expect(branch.score).toBeLessThan(MERGE_AT);
    expect(branch.codes).toContain('branch-of');
    expect(score('山东合益化工有限公司东营分公司', '合益化工东营分公司').score).toBeGreaterThanOrEqual(
      MERGE_AT,
    );
  });

  it('takes a distinctive trade name alone as a short name, but asks about a common one', () => {
    expect(score('石大胜华新材料科技股份有限公司', '石大胜华').score).toBeGreaterThanOrEqual(MERGE_AT);
    const common = score('山东合益化工有限公司', '合益').score;
    expect(common).toBeGreaterThanOrEqual(REVIEW_AT);
    expect(common).toBeLessThan(MERGE_AT);
  });

  it('never takes a child institution for its parent', () => {
    const result = scoreMatch(parseOrgName('中国科学院化学研究所', 'institution'), [
      parseOrgName('中国科学院', 'institution'),
    ]);
    expect(result).toMatchObject({ score: 0, reasons: [expect.objectContaining({ code: 'parent-child' })] });
  });
});
