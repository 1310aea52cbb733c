import { NOTHING_FLAGGED, readTimeoutSettings, timeoutBudgets, timeoutVerdicts } from '..';

describe('timeoutVerdicts: the Timeout Budget row in words', () => {
  it('says there is nothing to check when no service has data', () => {
    expect(timeoutVerdicts(timeoutBudgets(readTimeoutSettings({}).settings, [], []))[0].verdict).toBe(
      'Nothing to check: no service has latency data in the range nor timeouts of its own on the configuration page.'
    );
  });

  it('says nothing is flagged, and why services without timeouts could not be checked', () => {
    const p99 = [
      { service: 'a', value: 200 },
      { service: 'b', value: 300 },
    ];
    const unset = timeoutVerdicts(timeoutBudgets(readTimeoutSettings({}).settings, p99, p99));
    expect(unset).toEqual([
      {
        service: NOTHING_FLAGGED,
        verdict:
          "No timeout-budget problem among the 0 services checked. 2 could not be checked (a: not set for this service nor as a fleet default: set the timeouts on the app's configuration page).",
      },
    ]);
    const set = readTimeoutSettings({ fleet: { edge: '60s', route: '15s' } }).settings;
    expect(timeoutVerdicts(timeoutBudgets(set, p99, p99))[0].verdict).toBe(
      'No timeout-budget problem among the 2 services checked.'
    );
  });
});
