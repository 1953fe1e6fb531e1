// The header's 导入 Import button and the dialog it opens: choose files, check (dry run), then confirm.
import { useRef, useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { IMPORT_STRINGS } from './import-strings.ts';
import './import.css';

export function ImportButton() {
  const { lang } = useLang();
  const s = IMPORT_STRINGS[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };
  return (
    <>
      <button
        type="button"
        className="import-open"
        data-testid="import-open"
        title={s.openTitle}
        onClick={show}
      >
        {s.open}
      </button>
      <dialog ref={dialog} className="import-dialog" aria-label={s.title} onClose={() => setOpen(false)}>
        {open && <ImportPanel onClose={close} />}
      </dialog>
    </>
  );
}
