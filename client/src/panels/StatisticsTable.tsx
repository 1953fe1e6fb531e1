// The counts a document gives for an entity (e.g. a region's 省级工程技术研究中心 4 家), as a table.
import type { Statistic } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { formatSourceLocation, formatStatistic } from './format-value.ts';

export function StatisticsTable({ stats }: { readonly stats: readonly Statistic[] }) {
  const { lang, t } = useLang();
  if (stats.length === 0) return null;
  const anyAsOf = stats.some((s) => s.asOf);
  return (
    <table className="stats-table">
      <thead>
        <tr>
          <th scope="col">{t.statLabel}</th>
          <th scope="col" className="numeric">
            {t.statValue}
          </th>
          {anyAsOf && <th scope="col">{t.statAsOf}</th>}
        </tr>
      </thead>
      <tbody>
        {stats.map((stat, index) => {
          const location = stat.source ? formatSourceLocation(stat.source, t) : '';
          return (
            <tr key={`${stat.label}-${index}`}>
              <td>
                {stat.label}
                {stat.source?.quote && <div className="stat-quote">“{stat.source.quote}”</div>}
                {location && <div className="stat-source">{location}</div>}
              </td>
              <td className="numeric">{formatStatistic(stat.value, stat.unit, lang)}</td>
              {anyAsOf && <td>{stat.asOf ?? ''}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
