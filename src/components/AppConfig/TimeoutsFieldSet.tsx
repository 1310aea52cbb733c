import React from 'react';
import { Field, FieldSet, Input, TextArea } from '@grafana/ui';
import {
  HOP_LABELS,
  TIMEOUT_FIELDS,
  readTimeoutSettings,
  type TimeoutField,
  type TimeoutsJson,
} from '../../impact/timeoutSettings';
import { testIds } from '../testIds';

export type TimeoutTexts = Partial<Record<TimeoutField | 'services', string>>;

const PLACEHOLDERS: Record<TimeoutField, string> = {
  edge: '60s',
  route: '15s',
  backendClient: '10s',
  proxyIdle: '4s',
};

export function textsFromTimeouts(timeouts: TimeoutsJson | undefined): TimeoutTexts {
  const fleet = Object.fromEntries(
    TIMEOUT_FIELDS.filter((h) => timeouts?.fleet?.[h]).map((h) => [h, timeouts?.fleet?.[h]])
  );
  const services = timeouts?.services && Object.keys(timeouts.services).length ? timeouts.services : undefined;
  return { ...fleet, ...(services ? { services: JSON.stringify(services, null, 2) } : {}) };
}

/** The texts as stored, and every error keyed by the field that shows it. */
export function timeoutsFromTexts(texts: TimeoutTexts): { timeouts?: TimeoutsJson; errors: TimeoutTexts } {
  const fleet = Object.fromEntries(TIMEOUT_FIELDS.filter((h) => texts[h]?.trim()).map((h) => [h, texts[h]?.trim()]));
  let services: unknown;
  const errors: TimeoutTexts = {};
  try {
    services = texts.services?.trim() ? JSON.parse(texts.services) : undefined;
  } catch (e) {
    errors.services = `Per-service timeouts are not JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  const raw = { ...(Object.keys(fleet).length ? { fleet } : {}), ...(services === undefined ? {} : { services }) };
  for (const message of readTimeoutSettings(raw).errors) {
    const hop = TIMEOUT_FIELDS.find((h) => message.startsWith(`timeouts.fleet.${h}`));
    const key = hop ?? 'services';
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  }
  return { timeouts: Object.keys(raw).length ? (raw as TimeoutsJson) : undefined, errors };
}

interface Props {
  texts: TimeoutTexts;
  errors: TimeoutTexts;
  editable: boolean;
  onChange: (texts: TimeoutTexts) => void;
}

export function TimeoutsFieldSet({ texts, errors, editable, onChange }: Props) {
  return (
    <FieldSet label="Timeouts per hop">
      <p>
        Timeouts are configuration, not metrics. Each hop must outlast the one inside it (seed 001), or it answers 504
        and hides the real failure; `connhealth report --timeouts` compares them with the measured p99/p999. The proxy
        idle timeout must be shorter than the backends&apos; keep-alive, or the proxy reuses connections the backend is
        closing (the report&apos;s keep-alive race check).
      </p>
      {TIMEOUT_FIELDS.map((hop) => (
        <Field
          key={hop}
          label={`Fleet default: ${HOP_LABELS[hop]}`}
          description="A duration with a unit: 1500ms, 15s, 2m. Empty: not set."
          invalid={Boolean(errors[hop])}
          error={errors[hop]}
        >
          <Input
            data-testid={testIds.appConfig.timeout(hop)}
            value={texts[hop] ?? ''}
            placeholder={PLACEHOLDERS[hop]}
            disabled={!editable}
            onChange={(e) => onChange({ ...texts, [hop]: e.currentTarget.value })}
          />
        </Field>
      ))}
      <Field
        label="Per-service timeouts (JSON)"
        description='Service name → hops that differ from the fleet default, e.g. {"api-proxy": {"route": "30s"}}.'
        invalid={Boolean(errors.services)}
        error={errors.services}
      >
        <TextArea
          data-testid={testIds.appConfig.timeout('services')}
          value={texts.services ?? ''}
          rows={4}
          disabled={!editable}
          onChange={(e) => onChange({ ...texts, services: e.currentTarget.value })}
        />
      </Field>
    </FieldSet>
  );
}
