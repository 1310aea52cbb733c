import { keepAliveRaces, type KeepAliveRace, type ServiceValue, type TimeoutSettings } from '../../src/impact';
import { LIFETIME_P05, LIFETIME_P50 } from '../../src/queries/rows/keepaliveRace';
import type { PromClient } from '../prometheus/promClient';
import { instantByTag, type InstantAt } from './retryReport';

export interface KeepAliveAnswers {
  p05: ServiceValue[];
  p50: ServiceValue[];
  remoteShare: ServiceValue[];
}

/** Connection lifetimes (p5, p50) and the share of closes by the backend, over the range. */
export async function fetchKeepAlive(client: PromClient, at: InstantAt): Promise<KeepAliveAnswers> {
  const [[p05, p50], [remoteShare]] = await Promise.all([
    instantByTag(client, 'connectionLifetimeOverRange', at, {
      label: 'quantile',
      values: [LIFETIME_P05, LIFETIME_P50],
    }),
    instantByTag(client, 'remoteCloseShareOverRange', at),
  ]);
  return { p05, p50, remoteShare };
}

export function keepAliveTable(settings: TimeoutSettings, answers: KeepAliveAnswers): KeepAliveRace[] {
  return keepAliveRaces(settings, answers.p05, answers.p50, answers.remoteShare);
}
