// An editor moves a need along its lifecycle: the statuses allowed next (declared in the model), the day
// (today by default), a note, and for 已解决 the support arranged. The server checks the move again; a
// refusal is shown here. Every move is a change set, so it can be undone from the history.
import { useState, type FormEvent } from 'react';
import { SOLVED_STATUS, registerToday } from '#model';
import { isApiError } from '../api/graphql-request.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { registerApi, type NeedRowData } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';

export interface StatusFormProps {
  readonly need: NeedRowData;
  readonly onError: (error: unknown) => void;
}

export function StatusForm({ need, onError }: StatusFormProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { editor, changed } = useEditor();
  const [to, setTo] = useState('');
  const [on, setOn] = useState(() => registerToday());
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [policy, setPolicy] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!editor) return null;
  if (need.nextStatuses.length === 0) return <p className="muted small">{s.noNext}</p>;
  const target = need.nextStatuses.includes(to) ? to : (need.nextStatuses[0] ?? '');
  const solving = target === SOLVED_STATUS;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      await registerApi.changeStatus({
        id: need.id,
        status: target,
        on,
        note: note.trim() || null,
        supportAmount: solving ? amount.trim() || null : null,
        supportPolicy: solving ? policy.trim() || null : null,
      });
      setNote('');
      setAmount('');
      setPolicy('');
      changed();
    } catch (error) {
      if (isApiError(error) && error.code === 'BAD_INPUT') setRefusal(error.message);
      else if (isApiError(error) && error.code === 'CONFLICT') {
        // Another editor moved it meanwhile: say so, and show the need as it now is.
        setRefusal(error.message);
        changed();
      } else onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="status-form" data-testid="status-form" onSubmit={(event) => void submit(event)}>
      <h4>{s.changeStatus}</h4>
      <div className="status-options" role="radiogroup" aria-label={s.changeTo}>
        {need.nextStatuses.map((status) => (
          <label key={status} className="status-option">
            <input
              type="radio"
              name={`status-${need.id}`}
              value={status}
              data-testid={`status-to-${status}`}
              checked={target === status}
              onChange={() => setTo(status)}
            />
            {statusLabel(status, lang)}
          </label>
        ))}
      </div>
      <label>
        <span>{s.on}</span>
        <input
          type="date"
          data-testid="status-on"
          value={on}
          max={registerToday()}
          onChange={(event) => setOn(event.target.value)}
        />
      </label>
      <label>
        <span>{s.note}</span>
        <input type="text" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {solving && (
        <>
          <label>
            <span>{s.supportAmount}</span>
            <input
              type="text"
              data-testid="status-support-amount"
              maxLength={40}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          </label>
          <label>
            <span>{s.supportPolicy}</span>
            <input
              type="text"
              data-testid="status-support-policy"
              maxLength={200}
              value={policy}
              onChange={(event) => setPolicy(event.target.value)}
            />
          </label>
        </>
      )}
      {refusal && (
        <p className="form-error" role="alert" data-testid="status-refusal">
          {refusal}
        </p>
      )}
      <button type="submit" className="button" data-testid="status-submit" disabled={busy}>
        {s.changeTo} {statusLabel(target, lang)}
      </button>
    </form>
  );
}
