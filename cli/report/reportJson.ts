import { IMPACT_INPUT_NAMES } from '../../src/impact';
import { impactJson } from '../commands/impact';
import type { ReportData } from './collectReport';

export function reportJson(data: ReportData) {
  const { live, request } = data;
  const inputs = live.inputs;
  const bySource = (source: 'measured' | 'assumed') =>
    Object.fromEntries(IMPACT_INPUT_NAMES.filter((n) => inputs[n].source === source).map((n) => [n, inputs[n].value]));
  return {
    warnings: live.warnings,
    range: {
      from: new Date(request.from).toISOString(),
      to: new Date(request.to).toISOString(),
      stepSeconds: request.stepSeconds,
    },
    serviceLabel: request.serviceLabel,
    services: request.services,
    fiveXxVolume: data.fiveXxVolume,
    bursts: live.bursts.map((b) => ({
      service: b.service,
      start: new Date(b.start).toISOString(),
      end: new Date(b.end).toISOString(),
      durationSeconds: b.durationSeconds,
      peakErrorRate: b.peakErrorRate,
      meanErrorRate: b.meanErrorRate,
      baselineErrorRate: b.baselineErrorRate,
      requestsPerSecond: b.meanRequestsPerSecond,
      peak5xxPerSecond: b.peak5xxPerSecond,
      excessFailures: b.excessFailures,
      lostSessions: b.impact.lostSessions,
      gmv: b.impact.gmv,
      profit: b.impact.profit,
      unavailable: b.impact.unavailable,
      closeWaitSignature: b.signature.closeWait,
      signature: b.signature,
      cause: b.cause,
    })),
    rxResets: data.rxResets,
    pendingOverflow: data.pendingOverflow,
    latencyP99Ms: data.latencyP99Ms,
    retrySuccess: data.retrySuccess,
    retries: data.retries ?? [],
    timeoutBudget: data.timeoutBudget ?? null,
    keepAliveRace: data.keepAliveRace ?? null,
    measured: {
      ...bySource('measured'),
      apiCallsPerPage: inputs.apiCallsPerPage.source === 'measured' ? inputs.apiCallsPerPage.value : null,
      apiCallsPerPageService: live.apiCallsPerPage?.service ?? null,
      attributionRate: inputs.attributionRate.source === 'measured' ? inputs.attributionRate.value : null,
    },
    assumed: bySource('assumed'),
    inputs,
    userVisibleShare: live.userVisibleShare,
    impact: impactJson(live.impact),
    scenarios: live.scenarios.map((s) => ({
      name: s.name,
      label: s.label,
      burstsPerMonth: s.inputs.burstsPerMonth,
      burstErrorRate: s.inputs.burstErrorRate,
      ...impactJson(s.result),
    })),
    sensitivity: live.sensitivity,
    missing: live.missing,
  };
}
