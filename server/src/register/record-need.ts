/**
 * Recording an enterprise's need in the register, by a signed-in editor: the need (its type, who follows
 * it up, the day it was raised, status 待对接), the enterprise that has it and its domains, in one change
 * set of kind `edit`. Validated as an import validates a row (read-input.ts); a name an import would take
 * for an existing need is refused, as createEntity refuses it.
 */
import {
  AppError,
  INITIAL_NEED_STATUS,
  deriveId,
  edgeRecord,
  registerToday,
  type ChangeSetSummary,
  type GraphEdge,
  type GraphNode,
} from '#model';
import { editSource } from '../edit/edit-entities.ts';
import { entityProperties, LIMITS, readList, readName, readText } from '../edit/read-input.ts';
import { matchingEntities } from '../ingest/match-name.ts';
import type { GraphStore } from '../store/index.ts';
import { entityOfKind } from './entity-of-kind.ts';

export interface NeedInput {
  readonly enterpriseId: string;
  readonly name: string;
  readonly needType?: string | null;
  readonly domainIds?: readonly string[] | null;
  readonly description?: string | null;
  readonly keywords?: readonly string[] | null;
  readonly follower?: string | null;
  /** `YYYY-MM-DD` (or as planners write a date); today when absent. */
  readonly raisedOn?: string | null;
}

export interface NeedRecorded {
  readonly need: GraphNode;
  readonly changeSet: ChangeSetSummary | null;
}

export async function recordNeed(
  store: GraphStore,
  editor: string,
  input: NeedInput,
  now: Date = new Date(),
): Promise<NeedRecorded> {
  const name = readName(input.name);
  const enterprise = await entityOfKind(store, input.enterpriseId, 'Enterprise', 'enterpriseId');
  const domainIds = readList(input.domainIds, 'domainIds') ?? [];
  const domains = await Promise.all(domainIds.map((id) => entityOfKind(store, id, 'Domain', 'domainIds')));
  const id = deriveId('Need', name);
  const taken = (await store.getNodes([id]))[0];
  const similar = matchingEntities(await store.listNames(), name, ['Need']);
  if (taken || similar.length > 0) {
    const [other] = taken ? [taken] : await store.getNodes(similar.slice(0, 1));
    throw new AppError(
      'BAD_INPUT',
      `已有需求“${other?.name ?? name}”（${other?.id ?? id}），导入时会与之视为同一条：请编辑它，或把名称写得更具体（如加上企业名） / a need “${other?.name ?? name}” exists and an import would take this for it; edit that one, or make the name more specific (add the enterprise’s name)`,
      { argument: 'name' },
    );
  }
  const raisedOn = readText(input.raisedOn, 'raisedOn', 40) || registerToday(now);
  // Its status dates from the day it was raised until the first change.
  const props = entityProperties('Need', {}, [
    { key: 'status', value: INITIAL_NEED_STATUS },
    { key: 'raisedOn', value: raisedOn },
    { key: 'updatedOn', value: raisedOn },
    ...(input.needType ? [{ key: 'needType', value: input.needType }] : []),
    ...(input.follower
      ? [{ key: 'follower', value: readText(input.follower, 'follower', LIMITS.name) ?? '' }]
      : []),
  ]);
  const description = readText(input.description, 'description', LIMITS.text);
  const need: GraphNode = {
    id,
    kind: 'Need',
    name,
    aliases: [],
    ...(description ? { description } : {}),
    keywords: readList(input.keywords, 'keywords') ?? [],
    props,
    stats: [],
    sources: [editSource(editor, now)],
  };
  const sources = [editSource(editor, now)];
  const edges: GraphEdge[] = [
    edgeRecord('HAS_NEED', enterprise.id, id, {
      props: { year: Number(String(props.raisedOn).slice(0, 4)) },
      sources,
    }),
    ...domains.map((domain) => edgeRecord('IN_DOMAIN', id, domain.id, { sources })),
  ];
  const changeSet = await store.write(
    { nodes: [], edges: [], newNodes: [need], newEdges: edges },
    { editor, kind: 'edit', note: `登记需求 ${enterprise.name}：${name} / need recorded` },
  );
  return { need, changeSet };
}
