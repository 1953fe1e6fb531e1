// The header's sign-in: a visitor opens a dialog and gives their editor key once (exchanged for an HttpOnly
// session cookie; the key is not stored); a signed-in editor sees their name and can sign out.
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/graphql-request.ts';
import { useLang } from '../i18n/lang-context.ts';
import { useEditor } from './editor-context.ts';
import { EDITOR_STRINGS } from './editor-strings.ts';

export function SignInControl() {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const { editor, signIn, signOut } = useEditor();
  const dialog = useRef<HTMLDialogElement>(null);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(key.trim());
      setKey('');
      dialog.current?.close();
    } catch (value) {
      setError(isApiError(value) ? value.message : String(value));
    } finally {
      setBusy(false);
    }
  }

  if (editor)
    return (
      <div className="editor-badge">
        <span data-testid="signed-in-as">{s.signedInAs(editor)}</span>
        <button
          type="button"
          className="button button-quiet"
          data-testid="sign-out"
          onClick={() => void signOut()}
        >
          {s.signOut}
        </button>
      </div>
    );
  return (
    <>
      <button
        type="button"
        className="segment"
        data-testid="sign-in-open"
        title={s.signInTitle}
        onClick={() => dialog.current?.showModal()}
      >
        {s.signIn}
      </button>
      <dialog ref={dialog} className="sign-in-dialog" aria-label={s.signIn}>
        <form onSubmit={(event) => void submit(event)}>
          <h2>{s.signIn}</h2>
          <label>
            <span>{s.signInKey}</span>
            <input
              type="password"
              autoComplete="off"
              value={key}
              data-testid="sign-in-key"
              onChange={(event) => setKey(event.target.value)}
            />
          </label>
          <p className="muted">{s.signInHint}</p>
          {error && (
            <p className="form-error" role="alert" data-testid="sign-in-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className="button"
              data-testid="sign-in-submit"
              disabled={busy || !key.trim()}
            >
              {s.signInSubmit}
            </button>
            <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
              {s.signInCancel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
