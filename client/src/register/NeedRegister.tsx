// 需求库 · the register: search (pinyin too), filter by status and type, sort by any column (NeedTable), page
// through, export what is shown as XLSX or CSV; a row opens the need's card (NeedCard) beside the table, and
// an editor records new needs here (NeedForm).
import { useState } from 'react';
import type { NeedSort } from '../api/generated/graphql.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { exportHref } from './download-file.ts';
import { NeedCard, type NeedActions } from './NeedCard.tsx';
import { NeedForm } from './NeedForm.tsx';
import { NeedTable } from './NeedTable.tsx';
import { registerApi } from './register-api.ts';
import { RegisterFilters, RegisterPager, type RegisterFilterValues } from './RegisterFilters.tsx';
import { REGISTER_STRINGS } from './register-strings.ts';
import { useRemote } from './use-remote.ts';

const PAGE = 15;

export interface NeedRegisterProps {
  readonly actions: NeedActions;
}

export function NeedRegister({ actions }: NeedRegisterProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { editor } = useEditor();
  const [filters, setFilters] = useState<RegisterFilterValues>({ text: '', status: '', needType: '' });
  const { text, status, needType } = filters;
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
          <RegisterFilters
            values={filters}
            onChange={(patch) => {
              setFilters((current) => ({ ...current, ...patch }));
              setPage(0);
            }}
          />
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
        <RegisterPager page={page} pages={pages} onPage={setPage} />
        {!editor && <p className="muted small">{s.signInToEdit}</p>}
      </div>
      {selected && <NeedCard id={selected} actions={actions} onClose={() => setSelected(null)} />}
    </div>
  );
}
