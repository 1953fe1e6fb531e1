// Provenance: each source as file › sheet › row, with the quoted sentence (rendered as plain text).
import type { Source } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { formatSourceLocation } from './format-value.ts';

export function SourceList({ sources }: { readonly sources: readonly Source[] }) {
  const { t } = useLang();
  if (sources.length === 0) return <p className="muted">{t.noProvenance}</p>;
  return (
    <ol className="source-list">
      {sources.map((source, index) => {
        const location = formatSourceLocation(source, t);
        return (
          <li key={index} className="source">
            {location && <div className="source-location">{location}</div>}
            {source.quote && <blockquote className="source-quote">{source.quote}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
