import React from 'react';
import { Field, Input } from '@grafana/ui';

interface SettingTextFieldProps {
  label: string;
  description: string;
  testId: string;
  value: string | undefined;
  error?: string;
  placeholder?: string;
  editable: boolean;
  /** Receives the text without surrounding spaces. */
  onChange: (value: string) => void;
}

/** One organisation setting typed as text, with its field-named error under it. */
export function SettingTextField(p: SettingTextFieldProps) {
  return (
    <Field label={p.label} description={p.description} invalid={Boolean(p.error)} error={p.error}>
      <Input
        data-testid={p.testId}
        value={p.value ?? ''}
        placeholder={p.placeholder}
        disabled={!p.editable}
        onChange={(e) => p.onChange(e.currentTarget.value.trim())}
      />
    </Field>
  );
}
