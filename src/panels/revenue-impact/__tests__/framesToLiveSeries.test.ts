import { FieldType, createDataFrame } from '@grafana/data';
import { revenuePanelTargetsForEveryProxy } from '../../../queries';
import { framesToLiveSeries } from '../framesToLiveSeries';

function frame(refId: string, label: string, service: string, values: number[]) {
  return createDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: values.map((_, i) => i * 60_000) },
      { name: 'Value', type: FieldType.number, values, labels: { [label]: service } },
    ],
  });
}

describe('framesToLiveSeries (the ROI panel reading every proxy)', () => {
  it("feeds Envoy's and HAProxy's frames into the same inputs, one service each, and ignores unknown refIds", () => {
    const live = framesToLiveSeries([
      frame('errors', 'source', 'conveyor-cloud.ns.api-proxy-production', [1, 2]),
      frame('errors_haproxy', 'proxy', 'shop', [3, 4]),
      frame('requests_haproxy', 'proxy', 'shop', [40, 40]),
      frame('rxReset_haproxy', 'proxy', 'shop', [0, 1]),
      frame('something_else', 'proxy', 'shop', [9]),
    ]);
    expect(live.errors.map((s) => s.service)).toEqual(['conveyor-cloud.ns.api-proxy-production', 'shop']);
    expect(live.requests.map((s) => s.service)).toEqual(['shop']);
    expect(live.rxReset.map((s) => s.service)).toEqual(['shop']);
    expect(live.pages).toEqual([]);
  });

  it('has a target for every input a proxy can measure, and the proxy-independent CLOSE_WAIT count once', () => {
    const refIds = revenuePanelTargetsForEveryProxy().map((t) => t.refId);
    expect(refIds.filter((r) => r.startsWith('closeWait'))).toEqual(['closeWait']);
    expect(refIds).toEqual(expect.arrayContaining(['errors', 'requests', 'errors_haproxy', 'requests_haproxy']));
    expect(refIds).not.toContain('remoteCloseRatio_haproxy');
  });
});
