// The register's filters: text (pinyin too), status and type; every change starts again at the first page.
import { NEED_STATUSES, NEED_TYPES } from '#model';
import { useLang } from '../i18n/lang-context.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';

export interface RegisterFilterValues {
  readonly text: string;
  readonly status: string;
  readonly needType: string;
}

export function RegisterFilters(props: {
  readonly values: RegisterFilterValues;
  readonly onChange: (patch: Partial<RegisterFilterValues>) => void;
}) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { values, onChange } = props;
  return (
    <>
      <input
        className="search-input register-search"
        data-testid="register-search"
        type="search"
        maxLength={200}
        placeholder={s.searchPlaceholder}
        value={values.text}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      <select
        data-testid="register-status"
        value={values.status}
        aria-label={s.status}
        onChange={(event) => onChange({ status: event.target.value })}
      >
        <option value="">{s.allStatuses}</option>
        {NEED_STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusLabel(value, lang)}
          </option>
        ))}
      </select>
      <select
        data-testid="register-type"
        value={values.needType}
        aria-label={s.needType}
        onChange={(event) => onChange({ needType: event.target.value })}
      >
        <option value="">{s.allTypes}</option>
        {NEED_TYPES.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </>
  );
}

/** Previous and next page, with where the reader is. */
export function RegisterPager(props: {
  readonly page: number;
  readonly pages: number;
  readonly onPage: (page: number) => void;
}) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { page, pages } = props;
  return (
    <div className="register-pages">
      <button type="button" className="tool" disabled={page === 0} onClick={() => props.onPage(page - 1)}>
        {s.previous}
      </button>
      <span className="muted small">{s.page(page + 1, pages)}</span>
      <button
        type="button"
        className="tool"
        disabled={page + 1 >= pages}
        onClick={() => props.onPage(page + 1)}
      >
        {s.next}
      </button>
    </div>
  );
}
