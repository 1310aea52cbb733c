import React from 'react';
import { Field, FieldSet, Input } from '@grafana/ui';
import { ASSUMPTION_FIELDS, SEED_ASSUMPTIONS, type AssumptionErrors, type Assumptions } from '../../impact/assumptions';
import { testIds } from '../testIds';

export type AssumptionTexts = Partial<Record<keyof Assumptions, string>>;

/** Text as typed → what validation and storage see: numbers, or the raw text so the error can quote it. */
export function assumptionsFromTexts(texts: AssumptionTexts): Partial<Record<keyof Assumptions, unknown>> {
  const values: Partial<Record<keyof Assumptions, unknown>> = {};
  for (const { name } of ASSUMPTION_FIELDS) {
    const text = texts[name]?.trim();
    if (text) {
      values[name] = Number.isFinite(Number(text)) ? Number(text) : text;
    }
  }
  return values;
}

export function textsFromAssumptions(assumptions: Partial<Assumptions> | undefined): AssumptionTexts {
  return Object.fromEntries(
    ASSUMPTION_FIELDS.filter(({ name }) => typeof assumptions?.[name] === 'number').map(({ name }) => [
      name,
      String(assumptions?.[name]),
    ])
  );
}

interface Props {
  texts: AssumptionTexts;
  errors: AssumptionErrors;
  editable: boolean;
  onChange: (texts: AssumptionTexts) => void;
}

export function AssumptionsFieldSet({ texts, errors, editable, onChange }: Props) {
  return (
    <FieldSet label="Business-impact assumptions">
      <p>
        What live data cannot measure. Empty fields use the seed&apos;s values (shown as placeholders). Viewers can try
        other values on the Business impact page; those stay in their URL and never change these defaults.
      </p>
      {ASSUMPTION_FIELDS.map(({ name, label, help }) => (
        <Field key={name} label={label} description={help} invalid={Boolean(errors[name])} error={errors[name]}>
          <Input
            data-testid={testIds.appConfig.assumption(name)}
            value={texts[name] ?? ''}
            placeholder={String(SEED_ASSUMPTIONS[name])}
            inputMode="decimal"
            disabled={!editable}
            onChange={(e) => onChange({ ...texts, [name]: e.currentTarget.value })}
          />
        </Field>
      ))}
    </FieldSet>
  );
}
