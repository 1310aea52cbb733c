import { SEED_ASSUMPTIONS } from '../../../impact';
import { packInSlices, transferableRequest } from '../compute/transferableRequest';
import { answerImpactRequest, type ImpactRequest } from '../compute/impactRequest';
import { framesToLiveSeries } from '../framesToLiveSeries';
import { MINUTE, serviceFrame } from './serviceFrame';

const T0 = Date.UTC(2026, 3, 13);
const MINUTES = 24 * 60;
const SERVICES = ['checkout', 'search', 'cart', 'next-pwa-app'];

const request: ImpactRequest = {
  id: 1,
  series: framesToLiveSeries(
    SERVICES.flatMap((service) => [
      serviceFrame('errors', service, MINUTES, T0, (m) => (m >= 600 && m < 640 ? 90 : m === 5 ? null : 2)),
      serviceFrame('requests', service, MINUTES, T0, () => 4000),
    ])
  ),
  options: {
    from: T0,
    to: T0 + MINUTES * MINUTE,
    assumptions: SEED_ASSUMPTIONS,
    database: { saturation: [], refusals: [], exporterUp: [] },
  },
};

describe('the impact request packed for the worker (typed columns, transferred)', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('gives the same answer as the request it was packed from, database series included', () => {
    const { message, transfer } = transferableRequest(request);
    expect(transfer.length).toBeGreaterThanOrEqual(2 * SERVICES.length);
    expect(message.options.database).toEqual({ saturation: [], refusals: [], exporterUp: [] });
    expect(answerImpactRequest(message)).toEqual(answerImpactRequest(request));
  });

  it('yields to the page between slices when the clock runs out, and can be stopped between them', () => {
    jest.useFakeTimers();
    // Every reading of the clock is 100 ms later: each series is a slice of its own.
    let now = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    const packed = jest.fn();
    const failed = jest.fn();
    packInSlices(request, packed, failed);
    expect(packed).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(packed).toHaveBeenCalledTimes(1);
    expect(answerImpactRequest(packed.mock.calls[0][0].message)).toEqual(answerImpactRequest(request));

    const stopped = jest.fn();
    const stop = packInSlices(request, stopped, failed);
    jest.advanceTimersByTime(0);
    stop();
    jest.runAllTimers();
    expect(stopped).not.toHaveBeenCalled();
    expect(failed).not.toHaveBeenCalled();
  });

  it('packs a request that fits in one slice in the same task, so the worker gets it at once', () => {
    // A clock that stands still: the whole request fits in the first slice, whatever the machine's load.
    jest.spyOn(performance, 'now').mockReturnValue(0);
    const packed = jest.fn();
    packInSlices(request, packed, jest.fn());
    expect(packed).toHaveBeenCalledTimes(1);
  });
});
