import http from 'node:http';
import { ScenarioEngine } from './engine';
import { exposition } from './exposition';
import type { Timeline } from './timeline';

export interface LiveExporterOptions {
  timeline: Timeline;
  seed: number;
  host: string;
  port: number;
  /** Scenario seconds per real second: 1 is real time, 60 plays an hour a minute. */
  speed: number;
  now?: () => number;
}

export interface LiveExporter {
  url: string;
  /** Scenario time of the values last served. */
  scenarioTime(): number;
  close(): Promise<void>;
}

// A scrape never replays more than a week of scenario at once (a paused laptop, a huge --speed).
const MAX_STEPS_PER_SCRAPE = 7 * 1440;
/** A week of scenario per second: faster, one scrape a second skips scenario time (and far faster, float steps stall). */
export const MAX_SPEED = 7 * 86400;

/** Serves /metrics from the scenario, looping it; counters keep growing across loops like a real target. */
export async function startLiveExporter(options: LiveExporterOptions): Promise<LiveExporter> {
  const { timeline, speed } = options;
  if (!(speed > 0 && speed <= MAX_SPEED)) {
    throw new Error(`speed must be above 0 and at most ${MAX_SPEED}, got ${speed}`);
  }
  const now = options.now ?? Date.now;
  const engine = new ScenarioEngine(timeline, options.seed);
  const span = timeline.end - timeline.start;
  const startedAt = now();
  let position = 0;
  engine.advance(timeline.start);
  const catchUp = () => {
    const target = Math.floor((((now() - startedAt) / 1000) * speed) / timeline.step) * timeline.step;
    const from = Math.max(position + timeline.step, target - MAX_STEPS_PER_SCRAPE * timeline.step);
    for (let p = from; p <= target; p += timeline.step) {
      engine.advance(timeline.start + (p % span));
    }
    position = Math.max(position, target);
  };
  const server = http.createServer((req, res) => {
    if (req.url?.split('?')[0] === '/metrics') {
      catchUp();
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(exposition(engine.specs, engine.values));
      return;
    }
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Connection Health incident simulator: metrics at /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
    scenarioTime: () => timeline.start + (position % span),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
