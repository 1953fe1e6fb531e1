// The plain fields of a need being recorded: its name and type, who follows it up, the day it was raised
// and its details (the enterprise and domains are picked by search, PickedField.tsx).
import { NEED_TYPES, registerToday } from '#model';
import type { EntitySummary } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { REGISTER_STRINGS } from './register-strings.ts';

export interface NeedDraft {
  readonly enterprise: EntitySummary | null;
  readonly domains: readonly EntitySummary[];
  readonly name: string;
  readonly needType: string;
  readonly description: string;
  readonly follower: string;
  readonly raisedOn: string;
}

interface FieldsProps {
  readonly draft: NeedDraft;
  readonly onChange: (patch: Partial<NeedDraft>) => void;
}

export function NeedNameAndType({ draft, onChange: set }: FieldsProps) {
  const s = REGISTER_STRINGS[useLang().lang];
  return (
    <>
      <label>
        <span>{s.needName}</span>
        <input
          type="text"
          required
          maxLength={200}
          data-testid="need-form-name"
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </label>
      <label>
        <span>{s.needType}</span>
        <select
          data-testid="need-form-type"
          value={draft.needType}
          onChange={(event) => set({ needType: event.target.value })}
        >
          {NEED_TYPES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

export function NeedFollowUp({ draft, onChange: set }: FieldsProps) {
  const s = REGISTER_STRINGS[useLang().lang];
  return (
    <>
      <label>
        <span>{s.follower}</span>
        <input
          type="text"
          maxLength={200}
          value={draft.follower}
          onChange={(event) => set({ follower: event.target.value })}
        />
      </label>
      <label>
        <span>{s.raisedOn}</span>
        <input
          type="date"
          value={draft.raisedOn}
          max={registerToday()}
          onChange={(event) => set({ raisedOn: event.target.value })}
        />
      </label>
      <label className="need-form-wide">
        <span>{s.description}</span>
        <textarea
          rows={2}
          maxLength={4000}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </label>
    </>
  );
}
