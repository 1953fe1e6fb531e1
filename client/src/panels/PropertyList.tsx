// Kind-specific properties as label: value, with shares as percentages and money in 万元/亿元.
import type { Property } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { propertyLabel } from '../i18n/strings.ts';
import { cleanPropertyLabel, formatPropertyValue } from './format-value.ts';

export interface PropertyListProps {
  readonly properties: readonly Property[];
  /** The node or relationship kind the properties belong to, for their declared labels. */
  readonly owner: { readonly kind: string; readonly isEdge: boolean };
}

export function PropertyList({ properties, owner }: PropertyListProps) {
  const { lang } = useLang();
  if (properties.length === 0) return null;
  return (
    <dl className="property-list">
      {properties.map((property) => {
        const value = formatPropertyValue(property, lang);
        const label = propertyLabel(owner, property.key, property.label, lang);
        return (
          <div key={property.key} className="property">
            <dt>{value === property.value.trim() ? label : cleanPropertyLabel(label)}</dt>
            <dd>{value}</dd>
          </div>
        );
      })}
    </dl>
  );
}
