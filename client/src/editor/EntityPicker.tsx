// A small search field that picks one entity (of the given kinds): the other end of a relationship, a new
// unit for a specialist. Chinese, aliases, full-width forms and pinyin all work, as in the header search.
import { useState } from 'react';
import type { NodeKind } from '#model';
import type { SearchHit } from '../api/answers.ts';
import { useDebouncedValue } from '../search/use-debounced-value.ts';
import { useSearchHits } from '../search/use-search-hits.ts';

export interface EntityPickerProps {
  readonly label: string;
  readonly kinds?: readonly NodeKind[];
  readonly testId: string;
  readonly onPick: (hit: SearchHit) => void;
  readonly onError: (error: unknown) => void;
}

export function EntityPicker({ label, kinds, testId, onPick, onError }: EntityPickerProps) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 200);
  const result = useSearchHits(query, kinds, () => undefined, onError);
  const hits = query !== '' && result?.query === query ? result.hits : [];
  return (
    <div className="entity-picker">
      <label>
        <span>{label}</span>
        <input value={text} data-testid={testId} onChange={(event) => setText(event.target.value)} />
      </label>
      {hits.length > 0 && (
        <ul className="entity-picker-hits" data-testid={`${testId}-hits`}>
          {hits.map((hit) => (
            <li key={hit.entity.id}>
              <button
                type="button"
                className="link-button"
                data-id={hit.entity.id}
                onClick={() => {
                  setText(hit.entity.name);
                  onPick(hit);
                }}
              >
                {hit.entity.name} <span className="muted">{hit.entity.kindLabel}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
