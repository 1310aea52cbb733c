import React from 'react';
import {
  SceneObjectBase,
  SceneObjectUrlSyncConfig,
  sceneGraph,
  VizPanel,
  type SceneComponentProps,
  type SceneObjectState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import { Field, Input, Stack } from '@grafana/ui';
import { ASSUMPTION_FIELDS, validateAssumptions, type Assumptions } from '../../impact/assumptions';
import { testIds } from '../../components/testIds';

type WhatIfTexts = Partial<Record<keyof Assumptions, string>>;

export interface WhatIfAssumptionsState extends SceneObjectState {
  values: WhatIfTexts;
  /** Key of the ROI VizPanel that receives the overrides as its options. */
  panelKey: string;
}

const urlKey = (name: string) => `whatIf-${name}`;

// Plain decimals only: Number() would also take "0x10", "0b1", "Infinity" and whitespace-only text.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Each typed text as the number it means, or the text itself when it is not one (validation then names it). */
export function whatIfCandidate(values: WhatIfTexts): Partial<Record<keyof Assumptions, number | string>> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, text]) => text !== undefined && text.trim() !== '')
      .map(([name, text]) => {
        const trimmed = (text as string).trim();
        const value = Number(trimmed);
        return [name, DECIMAL.test(trimmed) && Number.isFinite(value) ? value : trimmed];
      })
  );
}

/** The valid typed values only; each invalid one is skipped (and named by the field's own message). */
export function whatIfOverrides(values: WhatIfTexts): Partial<Assumptions> {
  const candidate = whatIfCandidate(values);
  const errors = validateAssumptions(candidate);
  return Object.fromEntries(
    Object.entries(candidate).filter(([name, value]) => typeof value === 'number' && !(name in errors))
  ) as Partial<Assumptions>;
}

/** Per-view what-if assumptions: kept in the URL, handed to the ROI panel, never written to the app settings. */
export class WhatIfAssumptionsScene extends SceneObjectBase<WhatIfAssumptionsState> {
  static Component = WhatIfAssumptionsRenderer;
  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: ASSUMPTION_FIELDS.map((f) => urlKey(f.name)) });

  constructor(state: WhatIfAssumptionsState) {
    super(state);
    this.addActivationHandler(() => {
      this.applyToPanel();
      const sub = this.subscribeToState(() => this.applyToPanel());
      return () => sub.unsubscribe();
    });
  }

  getUrlState(): SceneObjectUrlValues {
    return Object.fromEntries(
      ASSUMPTION_FIELDS.map(({ name }) => [urlKey(name), this.state.values[name] || undefined])
    );
  }

  updateFromUrl(values: SceneObjectUrlValues): void {
    const next: WhatIfTexts = {};
    for (const { name } of ASSUMPTION_FIELDS) {
      const value = values[urlKey(name)];
      if (typeof value === 'string' && value !== '') {
        next[name] = value;
      }
    }
    this.setState({ values: next });
  }

  setValue(name: keyof Assumptions, text: string) {
    this.setState({ values: { ...this.state.values, [name]: text } });
  }

  private applyToPanel() {
    const panel = sceneGraph.findByKey(this, this.state.panelKey);
    if (!(panel instanceof VizPanel)) {
      return;
    }
    // Before the panel plugin has loaded there are no option defaults to merge: the plugin applies them on load.
    if (panel.getPlugin()) {
      panel.onOptionsChange(whatIfOverrides(this.state.values), true);
    } else {
      panel.setState({ options: whatIfOverrides(this.state.values) });
    }
  }
}

function WhatIfAssumptionsRenderer({ model }: SceneComponentProps<WhatIfAssumptionsScene>) {
  const { values } = model.useState();
  const errors = validateAssumptions(whatIfCandidate(values));
  return (
    <Stack wrap="wrap" gap={1}>
      {ASSUMPTION_FIELDS.map(({ name, label, help }) => (
        <Field
          key={name}
          label={`What if: ${label}`}
          description={help}
          invalid={Boolean(errors[name])}
          error={errors[name]}
        >
          <Input
            width={14}
            data-testid={testIds.businessImpact.whatIf(name)}
            value={values[name] ?? ''}
            placeholder="org default"
            onChange={(e) => model.setValue(name, e.currentTarget.value)}
          />
        </Field>
      ))}
    </Stack>
  );
}
