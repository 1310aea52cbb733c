import { FieldType, createDataFrame } from '@grafana/data';
import { NO_SERVICE_LABEL, type ServiceColumns } from '../../../impact';
import { revenuePanelTargetsForEveryProxy } from '../../../queries';
import { framesToLiveSeries } from '../framesToLiveSeries';

const times = [1000, 2000, 3000];

function frame(refId: string, labels: Record<string, string> | undefined, values: Array<number | null>) {
  return createDataFrame({
    refId,
    name: 'from-the-datasource',
    fields: [
      { name: 'Time', type: FieldType.time, values: times },
      { name: 'Value', type: FieldType.number, values, labels },
    ],
  });
}

describe('framesToLiveSeries', () => {
  it('hands the frame’s columns to the engine without a pair per sample, named by the one label', () => {
    const f = frame('requests', { source: 'checkout' }, [1, null, 3]);
    const [series] = framesToLiveSeries([f]).requests as ServiceColumns[];
    expect(series.service).toBe('checkout');
    expect(series.times).toBe(f.fields[0].values);
    expect(series.values).toBe(f.fields[1].values);
  });

  it('names a series without any label "(no label)", so the engine can warn about it', () => {
    const live = framesToLiveSeries([frame('errors', undefined, [1, 2, 3]), frame('pages', {}, [1, 2, 3])]);
    expect(live.errors.map((s) => s.service)).toEqual([NO_SERVICE_LABEL]);
    expect(live.pages.map((s) => s.service)).toEqual([NO_SERVICE_LABEL]);
  });

  it('falls back to the datasource’s name for a series with several labels, and ignores unknown refIds', () => {
    const live = framesToLiveSeries([
      frame('closeWait', { instance: 'a', job: 'node' }, [1, 2, 3]),
      frame('other', {}, [1]),
    ]);
    expect(live.closeWait.map((s) => s.service)).toEqual(['from-the-datasource']);
    expect(Object.values(live).flat()).toHaveLength(1);
  });
});

function labelledFrame(refId: string, label: string, service: string, values: number[]) {
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
      labelledFrame('errors', 'source', 'conveyor-cloud.ns.api-proxy-production', [1, 2]),
      labelledFrame('errors_haproxy', 'proxy', 'shop', [3, 4]),
      labelledFrame('requests_haproxy', 'proxy', 'shop', [40, 40]),
      labelledFrame('rxReset_haproxy', 'proxy', 'shop', [0, 1]),
      labelledFrame('something_else', 'proxy', 'shop', [9]),
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
