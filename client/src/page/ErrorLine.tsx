// The line under the header that says what went wrong (in the UI language for the codes it knows), dismissible.
import type { UiError } from '../explore/use-explorer.ts';
import { useLang } from '../i18n/lang-context.ts';
import type { Strings } from '../i18n/strings.ts';

function describeError(error: UiError, t: Strings): string {
  if (error.code === 'OVERVIEW_MISSING') return t.overviewMissing;
  if (error.code === 'NETWORK') return t.networkError;
  if (error.code === 'TOO_LARGE') return t.tooLarge(error.message);
  return error.message;
}

export function ErrorLine({ error, onDismiss }: { readonly error: UiError; readonly onDismiss: () => void }) {
  const { t } = useLang();
  return (
    <div className="error-line" role="alert">
      <span data-testid="error-message">{describeError(error, t)}</span>
      <button type="button" className="error-dismiss" aria-label={t.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
