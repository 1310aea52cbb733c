import type { APIRequestContext } from '@playwright/test';
import type { RecordedQuery } from '../../host/server/hostServer';

/** The test host's own endpoints: what the browser sent to Prometheus, and a reset between tests. */
export class HostApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly hostUrl: string
  ) {}

  async reset(): Promise<void> {
    await this.request.post(`${this.hostUrl}/__host/reset`);
  }

  async queries(): Promise<RecordedQuery[]> {
    return (await this.request.get(`${this.hostUrl}/__host/queries`)).json();
  }

  /** The PromQL expressions of range and instant queries sent so far. */
  async expressions(): Promise<string[]> {
    return (await this.queries()).filter((q) => q.params.query).map((q) => q.params.query);
  }

  async pluginSettings(pluginId: string): Promise<{ jsonData: Record<string, unknown> }> {
    return (await this.request.get(`${this.hostUrl}/api/plugins/${pluginId}/settings`)).json();
  }
}
