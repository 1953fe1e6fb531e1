// 需求库 · the register: search (pinyin too), filter by status and type, sort by any column (NeedTable), page
// through, export what is shown as XLSX or CSV; a row opens the need's card (NeedCard) beside the table, and
// an editor records new needs here (NeedForm).
import { useState } from 'react';
import { NEED_STATUSES, NEED_TYPES } from '#model';
import type { NeedSort } from '../api/generated/graphql.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { exportHref } from './download-file.ts';
import { NeedCard, type NeedActions } from './NeedCard.tsx';
import { NeedForm } from './NeedForm.tsx';
import { NeedTable } from './NeedTable.tsx';
import { registerApi } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';
import { useRemote } from './use-remote.ts';

const PAGE = 15;

export interface NeedRegisterProps {
  readonly actions: NeedActions;
}

export function NeedRegister({ actions }: NeedRegisterProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { editor } = useEditor();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [needType, setNeedType] = useState('');
  const [sort, setSort] = useState<NeedSort>('raisedOn');
  const [descending, setDescending] = useState(true);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const filter = {
    ...(status ? { statuses: [status] } : {}),
    ...(needType ? { needTypes: [needType] } : {}),
  };
  const variables = { filter, text: text.trim() || null, sort, descending, first: PAGE, offset: page * PAGE };
  const needs = useRemote(
    JSON.stringify(variables),
    (signal) => registerApi.needs(variables, { signal }),
    actions.onError,
  );
  const total = needs.value?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const exportParams = {
    status,
    type: needType,
    q: text.trim(),
    sort,
    desc: String(descending),
  };

  function sortBy(column: NeedSort) {
    if (column === sort) setDescending((value) => !value);
    else {
      setSort(column);
      setDescending(column === 'raisedOn' || column === 'updatedOn');
    }
    setPage(0);
  }

  return (
    <div className="register-layout">
      <div className="register-main">
        <div className="register-filters">
          <input
            className="search-input register-search"
            data-testid="register-search"
            type="search"
            maxLength={200}
            placeholder={s.searchPlaceholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPage(0);
            }}
          />
          <select
            data-testid="register-status"
            value={status}
            aria-label={s.status}
            onChange={(event) => {
              setStatus(event.target.value);
              setPage(0);
            }}
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
            value={needType}
            aria-label={s.needType}
            onChange={(event) => {
              setNeedType(event.target.value);
              setPage(0);
            }}
          >
            <option value="">{s.allTypes}</option>
            {NEED_TYPES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <span className="muted small" data-testid="register-total">
            {s.total(total)}
          </span>
          <a
            className="button button-quiet"
            data-testid="register-export-xlsx"
            href={exportHref('needs', 'xlsx', exportParams)}
            download
          >
            {s.exportXlsx}
          </a>
          <a className="button button-quiet" href={exportHref('needs', 'csv', exportParams)} download>
            {s.exportCsv}
          </a>
          {editor && (
            <button
              type="button"
              className="button"
              data-testid="register-add"
              title={s.recordNeedTitle}
              onClick={() => setAdding(true)}
            >
              {s.recordNeed}
            </button>
          )}
        </div>
        {adding && (
          <NeedForm
            onDone={(id) => {
              setAdding(false);
              if (id) setSelected(id);
            }}
            onError={actions.onError}
          />
        )}
        <NeedTable
          needs={needs.value?.items ?? []}
          sort={sort}
          descending={descending}
          selected={selected}
          onSort={sortBy}
          onSelect={setSelected}
        />
        {needs.value && needs.value.items.length === 0 && <p className="muted">{s.empty}</p>}
        <div className="register-pages">
          <button type="button" className="tool" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
            {s.previous}
          </button>
          <span className="muted small">{s.page(page + 1, pages)}</span>
          <button
            type="button"
            className="tool"
            disabled={page + 1 >= pages}
            onClick={() => setPage((p) => p + 1)}
          >
            {s.next}
          </button>
        </div>
        {!editor && <p className="muted small">{s.signInToEdit}</p>}
      </div>
      {selected && <NeedCard id={selected} actions={actions} onClose={() => setSelected(null)} />}
    </div>
  );
}
