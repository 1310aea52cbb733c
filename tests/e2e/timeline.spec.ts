import { getQuery } from '../../src/queries';
import { expect, test } from './fixtures';

const HOUR = 3600;

test.describe('Timeline on the Stream 2 page (annotation frames from the plugin; the host draws Grafana’s markers as lines and regions)', () => {
  test('marks the fixture’s bursts (detected), the rollout after the last one and restarts on the time series panels', async ({
    connectionHealthPage,
    run,
  }) => {
    const truth = run.groundTruth;
    const deployment = truth.deployments[truth.deployments.length - 1];
    const burst = [...truth.bursts].reverse().find((b) => b.start < deployment.start)!;
    const service = truth.services.find((s) => s.source === deployment.service)!;
    await connectionHealthPage.goto({ from: burst.start - 2 * HOUR, to: deployment.end + HOUR });
    const marks = connectionHealthPage.annotations(getQuery('upstream5xxRate').title);
    await expect(
      marks.filter({ hasText: new RegExp(`^5xx burst: ${burst.service.replace(/\./g, '\\.')}: `) })
    ).toHaveCount(1);
    await expect(marks.filter({ hasText: `Deployment rollout: ${service.namespace}/` })).toHaveCount(1);
    await expect(marks.filter({ hasText: /^Container restarts: / })).not.toHaveCount(0);
    // Every time series panel draws the same timeline.
    const restarts = connectionHealthPage.annotations(getQuery('podRestartRate').title);
    await expect(restarts.filter({ hasText: /^5xx burst: / })).toHaveCount(1);
  });

  test('a burst with no rollout before it is not labelled as a deployment', async ({ connectionHealthPage, run }) => {
    const burst = run.groundTruth.bursts[0];
    await connectionHealthPage.goto({ from: burst.start - 2 * HOUR, to: burst.end + 2 * HOUR });
    const marks = connectionHealthPage.annotations(getQuery('upstream5xxRatio').title);
    await expect(marks.filter({ hasText: /^5xx burst: / })).not.toHaveCount(0);
    await expect(marks.filter({ hasText: /^5xx burst after a deployment/ })).toHaveCount(0);
  });
});
