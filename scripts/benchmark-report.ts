// Times `connhealth report` over the simulator's 30 days on a real Prometheus: `npx tsx scripts/benchmark-report.ts`.
import { performance } from 'node:perf_hooks';
import { runCli } from '../cli/run';
import { startIncidentPrometheus } from '../tests/fixtures/incidentPrometheus';
import { incidentReportArgs } from '../tests/fixtures/incidentReportArgs';

async function main() {
  const prometheus = await startIncidentPrometheus({ days: 30 });
  try {
    for (const step of ['60', '300']) {
      const started = performance.now();
      const { code, stdout, stderr } = await runCli(incidentReportArgs(prometheus, '--step', step, '--json'));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const bursts = code === 0 ? JSON.parse(stdout).bursts.length : stderr;
      process.stdout.write(
        `step ${step} s: ${seconds} s, ${bursts} bursts (ground truth ${prometheus.groundTruth.bursts.length})\n`
      );
    }
  } finally {
    await prometheus.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
