import { reportJson } from '../reportJson';
import { reportMarkdown } from '../reportMarkdown';
import { databaseIncidentReport } from './databaseAnswers';

describe('report: each burst’s cause, the same in Markdown and JSON (fake Prometheus client)', () => {
  it('gives the database-caused burst its cause in both formats', async () => {
    const data = await databaseIncidentReport();
    const json = JSON.parse(JSON.stringify(reportJson(data))) as { bursts: Array<{ service: string; cause: string }> };
    const fromJson = json.bursts.map((b) => [b.service, b.cause]);
    expect(fromJson).toEqual([
      ['next-pwa-app', 'CLOSE_WAIT'],
      ['api-lazlo-sox', 'database pool exhaustion'],
    ]);

    const lines = reportMarkdown(data).split('\n');
    const header = lines.find((l) => l.startsWith('| Start | Service |'))!;
    expect(header.split('|').map((c) => c.trim())).toContain('Cause');
    const rows = lines
      .slice(lines.indexOf(header) + 2)
      .filter((l) => /^\| \d{4}-/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map((cells) => [cells[2], cells[cells.length - 2]])).toEqual(fromJson);
  });
});
