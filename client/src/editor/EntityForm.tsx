// The fields of one entity being edited: names, aliases, description, keywords and the properties its
// kind declares (a choice list where the kind declares the values).
import type { FormEvent } from 'react';
import type { PropertySpec } from '#model';
import { useLang } from '../i18n/lang-context.ts';
import type { Draft } from './entity-draft.ts';
import { EDITOR_STRINGS } from './editor-strings.ts';

function Field(props: {
  label: string;
  value: string;
  testId: string;
  onChange: (value: string) => void;
  long?: boolean;
}) {
  return (
    <label className="edit-field">
      <span>{props.label}</span>
      {props.long ? (
        <textarea
          value={props.value}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          value={props.value}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </label>
  );
}

function PropertyField(props: { spec: PropertySpec; value: string; onChange: (value: string) => void }) {
  const { lang } = useLang();
  const { spec } = props;
  const label = lang === 'zh' ? spec.zh : spec.en;
  if (!spec.values) {
    return (
      <Field label={label} value={props.value} testId={`edit-prop-${spec.key}`} onChange={props.onChange} />
    );
  }
  return (
    <label className="edit-field">
      <span>{label}</span>
      <select
        value={props.value}
        data-testid={`edit-prop-${spec.key}`}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">—</option>
        {spec.values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
}

export function EntityForm(props: {
  readonly draft: Draft;
  readonly specs: readonly PropertySpec[];
  readonly onChange: (patch: Partial<Draft>) => void;
  readonly onSubmit: (event: FormEvent) => void;
  readonly onCancel: () => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const { draft, onChange: set } = props;
  return (
    <form className="edit-form" onSubmit={props.onSubmit}>
      <Field label={s.name} value={draft.name} testId="edit-name" onChange={(name) => set({ name })} />
      <Field
        label={s.nameEn}
        value={draft.nameEn}
        testId="edit-name-en"
        onChange={(nameEn) => set({ nameEn })}
      />
      <Field
        label={s.aliases}
        value={draft.aliases}
        testId="edit-aliases"
        onChange={(aliases) => set({ aliases })}
      />
      <Field
        label={s.description}
        value={draft.description}
        testId="edit-description"
        long
        onChange={(description) => set({ description })}
      />
      <Field
        label={s.keywords}
        value={draft.keywords}
        testId="edit-keywords"
        onChange={(keywords) => set({ keywords })}
      />
      {props.specs.map((spec) => (
        <PropertyField
          key={spec.key}
          spec={spec}
          value={draft.props[spec.key] ?? ''}
          onChange={(value) => set({ props: { ...draft.props, [spec.key]: value } })}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button" data-testid="edit-save">
          {s.save}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
