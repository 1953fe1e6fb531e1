// An editor records an enterprise's need: the enterprise and the domains picked by search (pinyin too), the
// need's name, type, details, who follows it up and the day it was raised (today by default). It starts as
// 待对接; a name an import would take for an existing need is refused by the server and shown here.
import { useState, type FormEvent } from 'react';
import { NEED_TYPES, registerToday } from '#model';
import { isApiError } from '../api/graphql-request.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { NeedFollowUp, NeedNameAndType, type NeedDraft } from './NeedFields.tsx';
import { PickedField } from './PickedField.tsx';
import { registerApi } from './register-api.ts';
import { REGISTER_STRINGS } from './register-strings.ts';

export interface NeedFormProps {
  /** Called with the new need's id, or null when cancelled. */
  readonly onDone: (id: string | null) => void;
  readonly onError: (error: unknown) => void;
}

const ENTERPRISES = ['Enterprise'] as const;
const DOMAINS = ['Domain'] as const;

export function NeedForm({ onDone, onError }: NeedFormProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { editor, changed } = useEditor();
  const [draft, setDraft] = useState<NeedDraft>(() => ({
    enterprise: null,
    domains: [],
    name: '',
    needType: NEED_TYPES[0],
    description: '',
    follower: editor ?? '',
    raisedOn: registerToday(),
  }));
  const set = (patch: Partial<NeedDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { enterprise, domains, name } = draft;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!enterprise) return;
    setBusy(true);
    setRefusal(null);
    try {
      const answer = await registerApi.recordNeed({
        enterpriseId: enterprise.id,
        name: name.trim(),
        needType: draft.needType,
        domainIds: domains.map((domain) => domain.id),
        description: draft.description.trim() || null,
        follower: draft.follower.trim() || null,
        raisedOn: draft.raisedOn,
      });
      changed();
      onDone(answer.need?.id ?? null);
    } catch (error) {
      if (isApiError(error) && error.code === 'BAD_INPUT') setRefusal(error.message);
      else onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="need-form" data-testid="need-form" onSubmit={(event) => void submit(event)}>
      <div className="need-form-grid">
        <PickedField
          label={s.enterprise}
          picked={enterprise?.name ?? ''}
          prompt={s.pickEnterprise}
          kinds={ENTERPRISES}
          testId="need-form-enterprise"
          pickedTestId="need-form-enterprise-name"
          onChoose={(hit) => set({ enterprise: hit.entity })}
          onError={onError}
        />
        <NeedNameAndType draft={draft} onChange={set} />
        <PickedField
          label={s.domains}
          picked={domains.map((domain) => domain.name).join('、')}
          prompt={s.pickDomain}
          kinds={DOMAINS}
          testId="need-form-domain"
          pickedTestId="need-form-domains"
          onChoose={(hit) =>
            setDraft((current) =>
              current.domains.some((each) => each.id === hit.entity.id)
                ? current
                : { ...current, domains: [...current.domains, hit.entity] },
            )
          }
          onError={onError}
        />
        <NeedFollowUp draft={draft} onChange={set} />
      </div>
      {refusal && (
        <p className="form-error" role="alert" data-testid="need-form-refusal">
          {refusal}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          data-testid="need-form-save"
          disabled={busy || !enterprise || !name.trim()}
        >
          {s.save}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone(null)}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
