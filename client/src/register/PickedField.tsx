// A form field whose value is picked by search (pinyin too): what has been picked so far, and the search box.
import type { NodeKind } from '#model';
import type { SearchHit } from '../api/answers.ts';
import { SearchBox } from '../search/SearchBox.tsx';

export function PickedField(props: {
  readonly label: string;
  readonly picked: string;
  readonly prompt: string;
  readonly kinds: readonly NodeKind[];
  readonly testId: string;
  readonly pickedTestId: string;
  readonly onChoose: (hit: SearchHit) => void;
  readonly onError: (error: unknown) => void;
}) {
  return (
    <div className="need-form-field">
      <span>{props.label}</span>
      <span className="need-form-picked" data-testid={props.pickedTestId}>
        {props.picked || '—'}
      </span>
      <SearchBox
        testId={props.testId}
        label={props.prompt}
        placeholder={props.prompt}
        kinds={props.kinds}
        onChoose={props.onChoose}
        onError={props.onError}
      />
    </div>
  );
}
