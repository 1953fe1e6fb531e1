// The editable copy of an entity's fields, and the update input that holds only what the editor changed.
import type { PropertySpec } from '#model';
import type { Entity } from '../api/answers.ts';
import type { EntityPatch } from '../api/generated/graphql.ts';
import { splitTyped } from './editor-strings.ts';

export interface Draft {
  name: string;
  nameEn: string;
  aliases: string;
  description: string;
  keywords: string;
  props: Record<string, string>;
}

export function draftOf(entity: Entity): Draft {
  return {
    name: entity.name,
    nameEn: entity.nameEn ?? '',
    aliases: entity.aliases.filter((alias) => alias !== entity.name).join('、'),
    description: entity.description ?? '',
    keywords: entity.keywords.join('、'),
    props: Object.fromEntries(entity.properties.map((property) => [property.key, property.value])),
  };
}

/** Only the fields that differ from the entity as it was read, so a save never overwrites the rest. */
export function changesOf(draft: Draft, before: Draft, specs: readonly PropertySpec[]): EntityPatch {
  return {
    ...(draft.name !== before.name ? { name: draft.name } : {}),
    ...(draft.nameEn !== before.nameEn ? { nameEn: draft.nameEn } : {}),
    ...(draft.aliases !== before.aliases ? { aliases: splitTyped(draft.aliases) } : {}),
    ...(draft.description !== before.description ? { description: draft.description } : {}),
    ...(draft.keywords !== before.keywords ? { keywords: splitTyped(draft.keywords) } : {}),
    properties: specs
      .filter((spec) => (draft.props[spec.key] ?? '') !== (before.props[spec.key] ?? ''))
      .map((spec) => ({ key: spec.key, value: draft.props[spec.key] ?? '' })),
  };
}
