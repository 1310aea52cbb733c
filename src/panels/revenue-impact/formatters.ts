import { formattedValueToString, getValueFormat } from '@grafana/data';

export interface Formatters {
  money: (value: number) => string;
  count: (value: number) => string;
  percent: (value: number) => string;
}

/** Money through Grafana's value formats, so the unit picker's currencies all work. */
export function formatters(currencyUnit: string): Formatters {
  const money = getValueFormat(currencyUnit);
  const count = getValueFormat('short');
  return {
    money: (v) => formattedValueToString(money(v, v >= 100 ? 0 : 2)),
    count: (v) => formattedValueToString(count(v, v >= 1000 ? 1 : 0)),
    percent: (v) => `${(v * 100).toFixed(v < 0.01 ? 3 : 2)}%`,
  };
}
