import { FieldType, createDataFrame } from '@grafana/data';
import { NO_SERVICE_LABEL, type ServiceColumns } from '../../../impact';
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
