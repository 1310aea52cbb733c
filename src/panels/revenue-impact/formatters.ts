import { formattedValueToString, getValueFormat } from '@grafana/data';
import { notAvailable } from '../../impact/figures';

/** Each takes a figure that may be unavailable: null (or a non-finite number) prints "n/a (reason)". */
export interface Formatters {
  money: (value: number | null, reason?: string) => string;
  count: (value: number | null, reason?: string) => string;
  percent: (value: number | null, reason?: string) => string;
  /** A plain number (model inputs, ratios) to four significant digits. */
  plain: (value: number | null, reason?: string) => string;
}

function orNotAvailable(format: (v: number) => string) {
  return (value: number | null, reason?: string) =>
    value === null || !Number.isFinite(value) ? notAvailable(reason) : format(value);
}

/** Money through Grafana's value formats, so the unit picker's currencies all work. */
export function formatters(currencyUnit: string): Formatters {
  const money = getValueFormat(currencyUnit);
  const count = getValueFormat('short');
  return {
    money: orNotAvailable((v) => formattedValueToString(money(v, v >= 100 ? 0 : 2))),
    count: orNotAvailable((v) => formattedValueToString(count(v, v >= 1000 ? 1 : 0))),
    percent: orNotAvailable((v) => `${(v * 100).toFixed(v < 0.01 ? 3 : 2)}%`),
    plain: orNotAvailable((v) => String(Number(v.toPrecision(4)))),
  };
}
