// The register's rows: enterprise, need, type, status, who follows it up, the days raised and last moved, and
// how many 对接 it has; every column header sorts (again: the other way), a row opens the need.
import { NEED_STATUSES } from '#model';
import type { NeedSort } from '../api/generated/graphql.ts';
import { useLang } from '../i18n/lang-context.ts';
import type { NeedRowData } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';

interface Column {
  readonly sort: NeedSort;
  readonly label: 'enterprise' | 'need' | 'needType' | 'status' | 'follower' | 'raisedOn' | 'updatedOn';
}

const COLUMNS: readonly Column[] = [
  { sort: 'enterprise', label: 'enterprise' },
  { sort: 'name', label: 'need' },
  { sort: 'needType', label: 'needType' },
  { sort: 'status', label: 'status' },
  { sort: 'follower', label: 'follower' },
  { sort: 'raisedOn', label: 'raisedOn' },
  { sort: 'updatedOn', label: 'updatedOn' },
];

export interface NeedTableProps {
  readonly needs: readonly NeedRowData[];
  readonly sort: NeedSort;
  readonly descending: boolean;
  readonly selected: string | null;
  readonly onSort: (column: NeedSort) => void;
  readonly onSelect: (id: string) => void;
}

export function NeedTable({ needs, sort, descending, selected, onSort, onSelect }: NeedTableProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  return (
    <table className="register-table" data-testid="register-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.sort}
              aria-sort={sort === column.sort ? (descending ? 'descending' : 'ascending') : 'none'}
            >
              <button type="button" className="link-button" onClick={() => onSort(column.sort)}>
                {s[column.label]}
                {sort === column.sort ? (descending ? ' ↓' : ' ↑') : ''}
              </button>
            </th>
          ))}
          <th>{s.engagements}</th>
        </tr>
      </thead>
      <tbody>
        {needs.map((need) => (
          <tr
            key={need.id}
            data-testid="register-row"
            data-need-id={need.id}
            className={need.id === selected ? 'is-selected' : undefined}
            onClick={() => onSelect(need.id)}
          >
            <td>{need.enterprise?.name ?? '—'}</td>
            <td>
              <button type="button" className="link-button" onClick={() => onSelect(need.id)}>
                {need.name}
              </button>
            </td>
            <td>{need.needType ?? '—'}</td>
            <td>
              <span
                className={`status-chip status-${NEED_STATUSES.indexOf(need.status as (typeof NEED_STATUSES)[number])}`}
                data-testid="register-row-status"
              >
                {statusLabel(need.status, lang)}
              </span>
            </td>
            <td>{need.follower ?? '—'}</td>
            <td>{need.raisedOn ?? '—'}</td>
            <td>{need.updatedOn ?? '—'}</td>
            <td>{need.engagementCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
