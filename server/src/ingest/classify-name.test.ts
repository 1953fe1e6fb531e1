import { describe, expect, it } from 'vitest';
import { classifyName, isLegalName } from './classify-name.ts';

describe('telling a kind from a name', () => {
  it('tells a kind from a name’s ending, looking past a bracketed note', () => {
    expect(classifyName('山东某某化工有限公司', ['Enterprise', 'University'])).toBe('Enterprise');
    expect(classifyName('中国石油大学（华东）', ['Enterprise', 'University'])).toBe('University');
    expect(classifyName('某某', ['Enterprise', 'University'])).toBeNull();
  });

  it('takes the longest ending: an engineering research centre is a platform, a research centre is not', () => {
    const kinds = ['Platform', 'University'] as const;
    expect(classifyName('山东省硼材料工程技术研究中心', kinds)).toBe('Platform');
    expect(classifyName('黄河三角洲生态研究中心', kinds)).toBe('University');
  });

  it('says nothing when the kind the name tells is not allowed', () => {
    expect(classifyName('东营某某有限公司', ['University'])).toBeNull();
  });

  it('reads a long run of brackets in time linear in its length', () => {
    const name = `${'('.repeat(20_000)}某某有限公司`;
    const start = performance.now();
    classifyName(name, ['Enterprise']);
    classifyName(`某某${')'.repeat(20_000)}`, ['Enterprise']);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('knows a registered legal name by its form', () => {
    expect(isLegalName('山东合益化工有限公司')).toBe(true);
    expect(isLegalName('垦利石化集团')).toBe(true);
    expect(isLegalName('合益化工')).toBe(false);
    expect(isLegalName('一邦农民专业合作社')).toBe(false);
  });
});
