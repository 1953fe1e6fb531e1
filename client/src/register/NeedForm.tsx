// An editor records an enterprise's need: the enterprise and the domains picked by search (pinyin too), the
// need's name, type, details, who follows it up and the day it was raised (today by default). It starts as
// 待对接; a name an import would take for an existing need is refused by the server and shown here.
import { useState, type FormEvent } from 'react';
import { NEED_TYPES, registerToday } from '#model';
import type { EntitySummary } from '../api/answers.ts';
import { isApiError } from '../api/graphql-request.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { SearchBox } from '../search/SearchBox.tsx';
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
  const [enterprise, setEnterprise] = useState<EntitySummary | null>(null);
  const [domains, setDomains] = useState<readonly EntitySummary[]>([]);
  const [name, setName] = useState('');
  const [needType, setNeedType] = useState<string>(NEED_TYPES[0]);
  const [description, setDescription] = useState('');
  const [follower, setFollower] = useState(editor ?? '');
  const [raisedOn, setRaisedOn] = useState(() => registerToday());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!enterprise) return;
    setBusy(true);
    setRefusal(null);
    try {
      const answer = await registerApi.recordNeed({
        enterpriseId: enterprise.id,
        name: name.trim(),
        needType,
        domainIds: domains.map((domain) => domain.id),
        description: description.trim() || null,
        follower: follower.trim() || null,
        raisedOn,
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
        <div className="need-form-field">
          <span>{s.enterprise}</span>
          <span className="need-form-picked" data-testid="need-form-enterprise-name">
            {enterprise?.name ?? '—'}
          </span>
          <SearchBox
            testId="need-form-enterprise"
            label={s.pickEnterprise}
            placeholder={s.pickEnterprise}
            kinds={ENTERPRISES}
            onChoose={(hit) => setEnterprise(hit.entity)}
            onError={onError}
          />
        </div>
        <label>
          <span>{s.needName}</span>
          <input
            type="text"
            required
            maxLength={200}
            data-testid="need-form-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label>
          <span>{s.needType}</span>
          <select
            data-testid="need-form-type"
            value={needType}
            onChange={(event) => setNeedType(event.target.value)}
          >
            {NEED_TYPES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <div className="need-form-field">
          <span>{s.domains}</span>
          <span className="need-form-picked" data-testid="need-form-domains">
            {domains.map((domain) => domain.name).join('、') || '—'}
          </span>
          <SearchBox
            testId="need-form-domain"
            label={s.pickDomain}
            placeholder={s.pickDomain}
            kinds={DOMAINS}
            onChoose={(hit) =>
              setDomains((list) =>
                list.some((each) => each.id === hit.entity.id) ? list : [...list, hit.entity],
              )
            }
            onError={onError}
          />
        </div>
        <label>
          <span>{s.follower}</span>
          <input
            type="text"
            maxLength={200}
            value={follower}
            onChange={(event) => setFollower(event.target.value)}
          />
        </label>
        <label>
          <span>{s.raisedOn}</span>
          <input
            type="date"
            value={raisedOn}
            max={registerToday()}
            onChange={(event) => setRaisedOn(event.target.value)}
          />
        </label>
        <label className="need-form-wide">
          <span>{s.description}</span>
          <textarea
            rows={2}
            maxLength={4000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
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
