import { describe, expect, it } from 'vitest';
import { NODE_KIND_SPECS, PLATFORM_LEVELS } from '#model';
import { matchAllowed } from './match-allowed.ts';
import { VALUE_SYNONYMS } from './value-synonyms.ts';

const regionLevels = NODE_KIND_SPECS.Region.properties.find((spec) => spec.key === 'level')?.values ?? [];
const roles = NODE_KIND_SPECS.Specialist.properties.find((spec) => spec.key === 'role')?.values ?? [];
const needStates = NODE_KIND_SPECS.Need.properties.find((spec) => spec.key === 'status')?.values ?? [];

describe('matching allowed values', () => {
  it('takes a declared value, a synonym, a value the text contains, or a value it begins', () => {
    expect(matchAllowed('省级', PLATFORM_LEVELS)).toBe('省级');
    expect(matchAllowed('国家', PLATFORM_LEVELS)).toBe('国家级');
    expect(matchAllowed('县级', PLATFORM_LEVELS)).toBe('区级');
    expect(matchAllowed('省部级', PLATFORM_LEVELS)).toBe('省级');
    expect(matchAllowed('Provincial', PLATFORM_LEVELS)).toBe('省级');
    expect(matchAllowed('省级重点实验室', PLATFORM_LEVELS)).toBe('省级');
    expect(matchAllowed('国', PLATFORM_LEVELS)).toBe('国家级');
  });

  it('reads the same word by the property’s own values: 区 is 区级 for a platform and 区县 for a region', () => {
    expect(matchAllowed('区', PLATFORM_LEVELS)).toBe('区级');
    expect(matchAllowed('区', regionLevels)).toBe('区县');
    expect(matchAllowed('县级市', regionLevels)).toBe('区县');
    expect(matchAllowed('地级市', regionLevels)).toBe('市');
  });

  it('prefers the longer value or synonym a text contains: 外国专家 over 专家, 未解决 over 解决', () => {
    expect(matchAllowed('外籍专家', roles)).toBe('外国专家');
    expect(matchAllowed('知名外国专家', roles)).toBe('外国专家');
    expect(matchAllowed('尚未解决', needStates)).toBe('待对接');
    expect(matchAllowed('待解决', needStates)).toBe('待对接');
    expect(matchAllowed('需要继续对接', needStates)).toBe('需继续对接');
    expect(matchAllowed('已解决', needStates)).toBe('已解决');
  });

  it('refuses values not declared and text that could be several values', () => {
    expect(matchAllowed('世界级', PLATFORM_LEVELS)).toBeNull();
    expect(matchAllowed('宇宙级', PLATFORM_LEVELS)).toBeNull();
    expect(matchAllowed('省市级', PLATFORM_LEVELS)).toBe('市级');
    expect(matchAllowed('国家级、省级', PLATFORM_LEVELS)).toBeNull();
  });

  it('lists synonyms only for values the declaration allows', () => {
    const declared = new Set(
      Object.values(NODE_KIND_SPECS).flatMap((spec) =>
        spec.properties.flatMap((property) => property.values ?? []),
      ),
    );
    for (const value of Object.keys(VALUE_SYNONYMS)) expect(declared, value).toContain(value);
  });
});
