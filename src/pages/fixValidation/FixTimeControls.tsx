import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import { Button, Field, Input, Stack, Text, TextLink } from '@grafana/ui';
import { testIds } from '../../components/testIds';
import type { FixSearch, FixTimeState, ResolvedFix } from './FixTimeScene';

type TextName = 'fixAt' | 'before' | 'after';

interface Props {
  state: FixTimeState;
  resolved: ResolvedFix;
  stream2Url?: string;
  onText: (name: TextName, value: string) => void;
}

const WINDOWS = [
  { name: 'before', label: 'Before', description: 'Window length, e.g. 21d', testId: testIds.fixPage.beforeInput },
  { name: 'after', label: 'After', description: 'Clipped to the data and now', testId: testIds.fixPage.afterInput },
] as const;

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const utc = (ms: number) => dateTimeFormat(ms, { timeZone: 'utc' });

// Applied on Enter or when the field loses focus: every keystroke would start a new validation.
function CommitInput(props: {
  name: TextName;
  value: string;
  width: number;
  placeholder: string;
  testId: string;
  onText: Props['onText'];
}) {
  const { name, value, width, placeholder, testId, onText } = props;
  return (
    <Input
      key={value}
      width={width}
      defaultValue={value}
      placeholder={placeholder}
      data-testid={testId}
      onBlur={(e) => onText(name, e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && onText(name, e.currentTarget.value)}
    />
  );
}

function searchText(search: FixSearch): string {
  switch (search.status) {
    case 'searching':
      return 'Looking in the time range for the rollout after which the selected services’ bursts fell…';
    case 'failed':
      return `Could not look for the fix: ${search.problem}`;
    case 'done': {
      const { candidate, deployments, bursts } = search.result;
      if (!candidate) {
        return `No rollout of the selected services between ${utc(search.range.from)} and ${utc(search.range.to)} was followed by a drop in bursts (${deployments.length} rollouts, ${bursts.length} bursts): when did the fix go live? Enter its time above, or widen the time range.`;
      }
      const { namespace, deployment, at } = candidate.deployment;
      return `Fix time found: the rollout of ${namespace}/${deployment} at ${utc(at)}, after which bursts fell most clearly (${candidate.burstsBefore} in the 21 days before, ${candidate.burstsAfter} after). Type another time to override it.`;
    }
    default:
      return '';
  }
}

/** The fix time (typed, or found in the time range), the window lengths, and where the fix time came from. */
export function FixTimeControls({ state, resolved, stream2Url, onText }: Props) {
  const found = state.search.status === 'done' ? state.search.result.candidate?.deployment.at : undefined;
  const typedProblem = 'problem' in resolved ? resolved.problem : undefined;
  return (
    <Stack direction="column" gap={1}>
      <Stack gap={2} wrap="wrap" alignItems="flex-end">
        <Field
          label="Fix time"
          description="When the fix went live: ISO 8601 with a zone. Empty: the rollout found in the time range."
          invalid={Boolean(typedProblem)}
          error={typedProblem}
        >
          <CommitInput
            name="fixAt"
            value={state.fixAt}
            width={30}
            placeholder={found === undefined ? '2026-03-25T12:00:00Z' : iso(found)}
            testId={testIds.fixPage.fixInput}
            onText={onText}
          />
        </Field>
        {WINDOWS.map(({ name, label, description, testId }) => (
          <Field key={name} label={label} description={description}>
            <CommitInput name={name} value={state[name]} width={10} placeholder="21d" testId={testId} onText={onText} />
          </Field>
        ))}
        {state.fixAt !== '' && (
          <Button variant="secondary" data-testid={testIds.fixPage.useDefault} onClick={() => onText('fixAt', '')}>
            Use the rollout found in the time range
          </Button>
        )}
      </Stack>
      <div data-testid={testIds.fixPage.fixSource}>
        <Text color="secondary">
          {state.fixAt === '' ? searchText(state.search) : 'Fix time as given (typed, or from the link).'}
        </Text>
      </div>
      {stream2Url && (
        <TextLink href={stream2Url} data-testid={testIds.fixPage.stream2Link} inline={false}>
          Open the Stream 2 page a day either side of the fix, with bursts, deployments, restarts and the fix marked
        </TextLink>
      )}
    </Stack>
  );
}
