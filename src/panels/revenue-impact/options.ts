import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { ASSUMPTION_FIELDS, type Assumptions } from '../../impact/assumptions';

/** Every field optional: empty means "use the organisation default" (a plain dashboard passes `options: {}`). */
export type RevenueImpactOptions = Partial<Assumptions> & {
  /** Service whose downstream requests are page renders; default: the one with most downstream traffic. */
  frontendService?: string;
  /** Grafana unit for money, e.g. currencyUSD, currencyEUR. */
  currencyUnit?: string;
};

export const DEFAULT_CURRENCY_UNIT = 'currencyUSD';

export function addRevenueImpactOptions(builder: PanelOptionsEditorBuilder<RevenueImpactOptions>) {
  for (const { name, label, help } of ASSUMPTION_FIELDS) {
    builder.addNumberInput({
      path: name,
      name: label,
      description: `${help} Empty: the organisation default from the app's configuration page.`,
      category: ['Assumptions (override the organisation defaults)'],
    });
  }
  return builder
    .addTextInput({
      path: 'frontendService',
      name: 'Frontend service',
      description: 'Service whose downstream requests are page renders. Empty: the one serving the most requests.',
    })
    .addUnitPicker({ path: 'currencyUnit', name: 'Currency', defaultValue: DEFAULT_CURRENCY_UNIT });
}
