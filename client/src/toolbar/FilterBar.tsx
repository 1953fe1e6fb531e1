// Filters beside the legend's kinds: a domain, a region (each with what relates to it) and a timeline of the
// relationships' years. Choices come from what is drawn.
import type { EntitySummary } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { isFiltering, type Filters } from '../view/view-state.ts';

export interface FilterBarProps {
  readonly filters: Filters;
  readonly domains: readonly EntitySummary[];
  readonly regions: readonly EntitySummary[];
  /** Distinct years of the drawn relationships, ascending. */
  readonly years: readonly number[];
  readonly shown: number;
  readonly total: number;
  readonly onChange: (filters: Filters) => void;
}

function EntitySelect({
  label,
  anyLabel,
  value,
  options,
  testId,
  onChange,
}: {
  readonly label: string;
  readonly anyLabel: string;
  readonly value: string | null;
  readonly options: readonly EntitySummary[];
  readonly testId: string;
  readonly onChange: (id: string | null) => void;
}) {
  const { lang } = useLang();
  const known = value === null || options.some((o) => o.id === value);
  return (
    <label className="toolbar-field">
      <span>{label}</span>
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{anyLabel}</option>
        {!known && value && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {displayName(option, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ filters, domains, regions, years, shown, total, onChange }: FilterBarProps) {
  const { t } = useLang();
  const first = years[0];
  const last = years[years.length - 1];
  const range = filters.years;

  function setYears(from: number, to: number) {
    onChange({ ...filters, years: { from: Math.min(from, to), to: Math.max(from, to) } });
  }

  return (
    <div className="toolbar filter-bar" role="group" aria-label={t.filtersTitle} data-testid="filter-bar">
      <strong className="toolbar-title">{t.filtersTitle}</strong>
      <EntitySelect
        label={t.domainFilter}
        anyLabel={t.anyDomain}
        value={filters.domain}
        options={domains}
        testId="domain-filter"
        onChange={(domain) => onChange({ ...filters, domain })}
      />
      <EntitySelect
        label={t.regionFilter}
        anyLabel={t.anyRegion}
        value={filters.region}
        options={regions}
        testId="region-filter"
        onChange={(region) => onChange({ ...filters, region })}
      />
      <span className="toolbar-field years" title={t.yearsHint}>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="years-toggle"
            checked={range !== null}
            disabled={first === undefined && range === null}
            onChange={(event) =>
              event.target.checked && first !== undefined && last !== undefined
                ? setYears(first, last)
                : onChange({ ...filters, years: null })
            }
          />
          <span>{t.yearsLabel}</span>
        </label>
        {first === undefined || last === undefined ? (
          <span className="muted">{range ? t.yearsRange(range.from, range.to) : t.noYears}</span>
        ) : range ? (
          <>
            <input
              type="range"
              aria-label={t.yearsFrom}
              data-testid="years-from"
              min={first}
              max={last}
              step={1}
              value={Math.max(first, Math.min(range.from, last))}
              onChange={(event) => setYears(Number(event.target.value), range.to)}
            />
            <input
              type="range"
              aria-label={t.yearsTo}
              data-testid="years-to"
              min={first}
              max={last}
              step={1}
              value={Math.max(first, Math.min(range.to, last))}
              onChange={(event) => setYears(range.from, Number(event.target.value))}
            />
            <output data-testid="years-value">{t.yearsRange(range.from, range.to)}</output>
          </>
        ) : (
          <span className="muted">{t.yearsOff}</span>
        )}
      </span>
      <span className="toolbar-end filter-summary" data-testid="visible-summary">
        {t.visibleSummary(shown, total)}
      </span>
      {isFiltering(filters) && (
        <button
          type="button"
          className="tool"
          data-testid="clear-filters"
          onClick={() => onChange({ hiddenKinds: [], domain: null, region: null, years: null })}
        >
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}
