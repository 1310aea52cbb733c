import path from 'node:path';
import type { FleetOptions } from '../../fixtures/fleetOpenMetrics';
import { startFleetPrometheus, type FleetPrometheus } from '../../fixtures/fleetPrometheus';
import { grafanaLineFromEnv } from '../../host/hostBundle';
import { startHostServer, type HostServer } from '../../host/server/hostServer';
import { BIG_FLEET } from './bigFleet';

export interface FleetHost {
  prometheus: FleetPrometheus;
  host: HostServer;
  stop(): Promise<void>;
}

/** A real Prometheus holding a generated fleet (the big one unless told) and a test host of its own in front of it; stop() ends both. */
export async function startFleetHost(fleet: FleetOptions = BIG_FLEET): Promise<FleetHost> {
  const prometheus = await startFleetPrometheus(fleet);
  const host = await startHostServer({
    repoRoot: path.join(__dirname, '..', '..', '..'),
    prometheusUrl: prometheus.url,
    line: grafanaLineFromEnv(),
  }).catch(async (e) => {
    await prometheus.stop();
    throw e;
  });
  return {
    prometheus,
    host,
    stop: async () => {
      await host.stop();
      await prometheus.stop();
    },
  };
}
