import React from 'react';
import { act, render, screen } from '@testing-library/react';
import { EmbeddedScene, SceneFlexItem, SceneFlexLayout, VizPanel } from '@grafana/scenes';
import { testIds } from '../../../components/testIds';
import type { Assumptions } from '../../../impact/assumptions';
import { WhatIfAssumptionsScene, whatIfOverrides } from '../whatIfAssumptionsScene';

type Case = [string, Partial<Record<keyof Assumptions, string>>, keyof Assumptions, RegExp];

// Each nonsense value: the field it belongs to, and the message that names it. None reaches the panel.
const NONSENSE: Case[] = [
  ['letters', { gmvPerSession: 'abc' }, 'gmvPerSession', /GMV per session \(gmvPerSession\) must be a finite number/],
  ['Infinity typed', { gmvPerSession: 'Infinity' }, 'gmvPerSession', /gmvPerSession\) must be a finite number/],
  ['-Infinity typed', { dayRate: '-Infinity' }, 'dayRate', /Day rate \(dayRate\) must be a finite number/],
  ['NaN typed', { abandonRate: 'NaN' }, 'abandonRate', /Abandon rate \(abandonRate\) must be a finite number/],
  ['overflows to Infinity', { engineerDays: '1e400' }, 'engineerDays', /engineerDays\) must be a finite number/],
  ['decimal comma', { profitMargin: '0,25' }, 'profitMargin', /Profit margin \(profitMargin\) must be a finite number/],
  ['hex', { apiCallsPerPage: '0x17' }, 'apiCallsPerPage', /apiCallsPerPage\) must be a finite number/],
  ['share above 1', { profitMargin: '1.5' }, 'profitMargin', /profitMargin\) must be between 0 and 1, got 1\.5/],
  ['negative share', { attributionRate: '-0.1' }, 'attributionRate', /attributionRate\) must be between 0 and 1/],
  ['zero effort', { engineerDays: '0' }, 'engineerDays', /engineerDays\) must be above 0/],
  [
    'fix cost overflows',
    { engineerDays: '1e200', dayRate: '1e200' },
    'dayRate',
    /Fix cost .* must be a positive, finite amount, got a product too large to represent/,
  ],
];

// The fields rendered; the ROI panel beside them is a VizPanel whose plugin never loads, so only its options count.
function renderFields(values: Partial<Record<keyof Assumptions, string>>) {
  const scene = new WhatIfAssumptionsScene({ values, panelKey: 'roi' });
  const panel = new VizPanel({ key: 'roi', pluginId: 'not-loaded', options: {} });
  new EmbeddedScene({
    body: new SceneFlexLayout({ children: [new SceneFlexItem({ body: scene }), new SceneFlexItem({ body: panel })] }),
  });
  render(<scene.Component model={scene} />);
  return { scene, panel };
}

describe('what-if fields (rendered alone; the ROI panel is a VizPanel that never loads its plugin)', () => {
  it.each(NONSENSE)('%s: a message naming the field, and nothing handed to the panel', (_, values, field, message) => {
    expect(whatIfOverrides(values)[field]).toBeUndefined();
    const { panel } = renderFields(values);
    expect(panel.state.options).not.toHaveProperty(field);
    const input = screen.getByTestId(testIds.businessImpact.whatIf(field));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(document.body).toHaveTextContent(message);
  });

  it('hands the panel every valid value, trimmed, and keeps the valid ones when another field is wrong', () => {
    expect(whatIfOverrides({ gmvPerSession: ' 4.5 ', profitMargin: '2', dayRate: '1e3', engineerDays: '' })).toEqual({
      gmvPerSession: 4.5,
      dayRate: 1000,
    });
  });

  it('clears the message once the text is fixed', () => {
    const { scene, panel } = renderFields({ gmvPerSession: 'abc' });
    expect(screen.getByTestId(testIds.businessImpact.whatIf('gmvPerSession'))).toHaveAttribute('aria-invalid', 'true');
    act(() => scene.setValue('gmvPerSession', '3'));
    expect(screen.getByTestId(testIds.businessImpact.whatIf('gmvPerSession'))).toHaveAttribute('aria-invalid', 'false');
    expect(document.body).not.toHaveTextContent(/must be/);
    expect(panel.state.options).toEqual({ gmvPerSession: 3 });
  });
});
