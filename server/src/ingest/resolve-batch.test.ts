import { describe, expect, it } from 'vitest';
import type { GraphNode, NodeKind, Source } from '#model';
import type { LinkUse } from './map-sheet.ts';
import { resolveBatch } from './resolve-batch.ts';
import type { Draft, NodeDraft } from './validate-rows.ts';

const source: Source = { file: 'new.csv', row: 2 };
const entity = (kind: NodeKind, id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  kind,
  name,
  aliases,
  keywords: [],
  props: {},
  stats: [],
  sources: [],
});
const cas = entity('University', 'university:中国科学院', '中国科学院', ['中科院']);
const heyi = entity('Enterprise', 'enterprise:合益化工', '合益化工', ['合益']);
const upc = entity('University', 'university:中国石油大学', '中国石油大学');
const kenli = entity('Region', 'region:垦利区', '垦利区');
const nodeDraft = (name: string, extra: Partial<NodeDraft> = {}, kind: NodeKind = 'University'): Draft => ({
  type: 'node',
  draft: { kind, name, aliases: [], keywords: [], props: {}, source, ...extra },
});
const link = (
  rel: LinkUse['rel'],
  kinds: NodeKind[],
  create: LinkUse['create'],
  direction: 'out' | 'in' = 'out',
): LinkUse => ({
  use: 'link',
  concept: null,
  rel,
  direction,
  kinds,
  create,
  roleFromHeader: false,
});

describe('resolving drafts', () => {
  it('lands a row named by an alias on the existing entity and keeps its name', () => {
    const result = resolveBatch([nodeDraft('中科院', { description: '国家科研机构' })], [cas], []);
    expect(result.changedNodes).toHaveLength(1);
    expect(result.changedNodes[0]).toMatchObject({
      id: cas.id,
      name: '中国科学院',
      description: '国家科研机构',
    });
    expect(result.counts.University).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
  });

  it('lands a full legal name on the short name, keeping the legal name as alias and property', () => {
    const result = resolveBatch([nodeDraft('山东合益化工有限公司', {}, 'Enterprise')], [heyi], []);
    expect(result.newNodes).toEqual([]);
    expect(result.changedNodes[0]).toMatchObject({
      id: heyi.id,
      name: '合益化工',
      aliases: ['合益', '山东合益化工有限公司'],
      props: { legalName: '山东合益化工有限公司' },
    });
  });

  it('knows common abbreviations and an import’s own', () => {
    const builtIn = resolveBatch([nodeDraft('石大')], [upc], []);
    expect(builtIn.changedNodes.map((node) => node.id)).toEqual([upc.id]);
    const own = resolveBatch([nodeDraft('光明院')], [entity('University', 'u-dl', '大连光明研究院')], [], {
      aliases: { 光明院: '大连光明研究院' },
    });
    expect(own.changedNodes[0]).toMatchObject({ id: 'u-dl', aliases: expect.arrayContaining(['光明院']) });
  });

  it('counts an identical row as unchanged and writes nothing', () => {
    const first = resolveBatch([nodeDraft('大连光明研究院')], [], []);
    expect(first.newNodes).toHaveLength(1);
    const again = resolveBatch([nodeDraft('大连光明研究院')], first.newNodes, []);
    expect([...again.newNodes, ...again.changedNodes]).toEqual([]);
    expect(again.counts.University).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('merges a repeated row into the entity of the first and says so', () => {
    const result = resolveBatch(
      [nodeDraft('新院'), nodeDraft('新院', { source: { file: 'new.csv', row: 3 } })],
      [],
      [],
    );
    expect(result.newNodes).toHaveLength(1);
    expect(result.counts.University).toEqual({ created: 1, updated: 0, unchanged: 1, rejected: 0 });
    expect(result.notes[0]).toMatchObject({ row: 3, message: expect.stringContaining('第 2 行') });
  });

  it('reports an ambiguous name instead of guessing', () => {
    const other = { ...cas, id: 'university:另一个', name: '另一个中科院', aliases: ['中科院'] };
    const result = resolveBatch([nodeDraft('中科院')], [cas, other], []);
    expect([...result.newNodes, ...result.changedNodes]).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/多个.*several/u);
  });

  it('never meets two names whose places differ', () => {
    const dongying = entity('Agency', 'a-dy', '东营市科技局');
    const result = resolveBatch([nodeDraft('垦利区科技局', {}, 'Agency')], [dongying], []);
    expect(result.newNodes.map((node) => node.name)).toEqual(['垦利区科技局']);
  });

  it('joins link columns to existing entities by name and creates those whose kind is certain', () => {
    const draft = nodeDraft(
      '张三',
      {
        links: [
          {
            spec: link('WORKS_AT', ['University', 'Enterprise'], 'classify'),
            refs: ['中国石油大学'],
            props: {},
            column: '工作单位',
          },
          {
            spec: link('ADVISES', ['Enterprise'], 'Enterprise'),
            refs: ['山东合益化工有限公司', '新公司'],
            props: {},
            column: '服务企业',
          },
          { spec: link('IN_DOMAIN', ['Domain'], 'Domain'), refs: ['新材料'], props: {}, column: '专业领域' },
          {
            spec: link('COOPERATES_WITH', ['University', 'Enterprise'], 'classify'),
            refs: ['某某'],
            props: {},
            column: '合作单位',
          },
        ],
      },
      'Specialist',
    );
    const result = resolveBatch([draft], [upc, heyi], []);
    expect(result.newEdges.map((edge) => edge.id).sort()).toEqual([
      'ADVISES:specialist:张三->enterprise:合益化工',
      'ADVISES:specialist:张三->enterprise:新公司',
      'IN_DOMAIN:specialist:张三->domain:新材料',
      'WORKS_AT:specialist:张三->university:中国石油大学',
    ]);
    expect(result.newNodes.map((node) => node.id).sort()).toEqual([
      'domain:新材料',
      'enterprise:新公司',
      'specialist:张三',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: '合作单位', message: expect.stringContaining('某某') }),
    ]);
    expect(result.counts.COOPERATES_WITH?.rejected).toBe(1);
  });

  it('links relationships by name or alias, and reports an end it cannot find', () => {
    const edge = (to: string): Draft => ({
      type: 'edge',
      draft: { kind: 'PART_OF', from: { ref: '上海有机所' }, to: { ref: to }, props: {}, source },
    });
    const result = resolveBatch(
      [
        nodeDraft('中国科学院上海有机化学研究所', { aliases: ['上海有机所'] }),
        edge('中科院'),
        edge('不存在的院'),
      ],
      [cas],
      [],
    );
    expect(result.newEdges.map((e) => e.id)).toEqual([
      'PART_OF:university:中国科学院上海有机化学研究所->university:中国科学院',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: '终点(to)', message: expect.stringContaining('不存在的院') }),
    ]);
  });

  it('refuses a relationship between kinds the domain does not connect', () => {
    const result = resolveBatch(
      [
        {
          type: 'edge',
          draft: { kind: 'HOSTS', from: { ref: '中科院' }, to: { ref: '垦利区' }, props: {}, source },
        },
      ],
      [cas, kenli],
      [],
    );
    expect(result.newEdges).toEqual([]);
    expect(result.counts.HOSTS?.rejected).toBe(1);
  });
});

describe('uncertain matches and people', () => {
  const branchRow = nodeDraft('山东合益化工有限公司东营分公司', {}, 'Enterprise');

  it('creates the row of an uncertain match beside the entity and lists the pair for review', () => {
    const result = resolveBatch([branchRow], [heyi], []);
    expect(result.newNodes.map((node) => node.id)).toEqual(['enterprise:山东合益化工有限公司东营分公司']);
    expect(result.review).toEqual([
      expect.objectContaining({
        action: 'created',
        incoming: expect.objectContaining({
          id: 'enterprise:山东合益化工有限公司东营分公司',
          parts: expect.objectContaining({ trade: '合益', branch: '东营', places: ['山东'] }),
        }),
        existing: expect.objectContaining({ id: heyi.id, name: '合益化工' }),
        source: { file: 'new.csv', row: 2 },
      }),
    ]);
  });

  it('holds the row back instead when the import says so, with its draft for the review queue', () => {
    const result = resolveBatch([branchRow], [heyi], [], { uncertain: 'hold' });
    expect([...result.newNodes, ...result.changedNodes]).toEqual([]);
    expect(result.held).toBe(1);
    expect(result.review[0]).toMatchObject({
      action: 'held',
      incoming: { id: null, name: '山东合益化工有限公司东营分公司' },
      draft: { name: '山东合益化工有限公司东营分公司', kind: 'Enterprise' },
    });
  });

  it('creates a company of the same trade name in another industry apart, next to its nearest name', () => {
    const result = resolveBatch([nodeDraft('山东合益药业有限公司', {}, 'Enterprise')], [heyi], []);
    expect(result.newNodes.map((node) => node.id)).toEqual(['enterprise:山东合益药业有限公司']);
    expect(result.review).toEqual([]);
    expect(result.created).toEqual([
      expect.objectContaining({
        name: '山东合益药业有限公司',
        nearest: expect.objectContaining({
          id: heyi.id,
          reasons: expect.arrayContaining([expect.objectContaining({ code: 'other-industry' })]),
        }),
      }),
    ]);
  });

  it('never takes an institute for its academy', () => {
    const result = resolveBatch([nodeDraft('中国科学院化学研究所')], [cas], []);
    expect(result.newNodes.map((node) => node.id)).toEqual(['university:中国科学院化学研究所']);
    expect(result.review).toEqual([]);
  });

  const zhang = entity('Specialist', 'specialist:张三', '张三');
  const worksAt = {
    id: 'WORKS_AT:specialist:张三->university:中国石油大学',
    kind: 'WORKS_AT' as const,
    from: zhang.id,
    to: upc.id,
    props: {},
    sources: [],
  };
  const person = (unit: string) =>
    nodeDraft(
      '张三',
      {
        links: [
          {
            spec: link('WORKS_AT', ['University', 'Enterprise'], 'classify'),
            refs: [unit],
            props: {},
            column: '工作单位',
          },
        ],
      },
      'Specialist',
    );

  it('takes the same name at the same unit for the same person', () => {
    const result = resolveBatch([person('石大')], [zhang, upc], [worksAt]);
    expect(result.newNodes).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('takes the same name at the unit that recruited them for the same person', () => {
    const recruited = {
      ...worksAt,
      id: 'RECRUITED:x',
      kind: 'RECRUITED' as const,
      from: upc.id,
      to: zhang.id,
    };
    const result = resolveBatch([person('中国石油大学')], [zhang, upc], [recruited]);
    expect(result.newNodes).toEqual([]);
    expect(result.review).toEqual([]);
  });

  it('asks about the same name at another unit, and creates the row’s person apart meanwhile', () => {
    const result = resolveBatch([person('山东大学')], [zhang, upc], [worksAt]);
    expect(result.newNodes.map((node) => node.id)).toContain('specialist:张三~2');
    expect(result.review).toEqual([
      expect.objectContaining({
        existing: expect.objectContaining({ id: zhang.id }),
        reasons: expect.arrayContaining([expect.objectContaining({ code: 'person-other-unit' })]),
      }),
    ]);
  });
});
