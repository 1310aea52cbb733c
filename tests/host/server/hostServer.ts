import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BUDGET_MS } from '../../fixtures/budgets';
import { GRAFANA_LINES, hostBundleDir, type GrafanaLine } from '../hostBundle';
import { PROMETHEUS_UID, type HostRole } from '../hostConstants';
import { pluginDirectories } from './pluginDirectories';
import { renderIndexHtml } from './indexHtml';
import { SettingsStore } from './settingsStore';

export interface RecordedQuery {
  path: string;
  params: Record<string, string>;
  /** The datasource the browser asked (the incident fixture unless it chose another). */
  uid: string;
}

export interface HostServer {
  url: string;
  /** Every query the browser sent to Prometheus through the host's datasource proxy, oldest first. */
  queries: RecordedQuery[];
  stop(): Promise<void>;
}

export interface HostServerOptions {
  repoRoot: string;
  prometheusUrl: string;
  /** More Prometheus servers by datasource uid (the fix rollout), behind the same proxy path. */
  morePrometheus?: Record<string, string>;
  port?: number;
  /** Which build of the host page to serve (tests/host/hostBundle.ts). */
  line?: GrafanaLine;
}

const MIME: Record<string, string> = {
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown',
};
const ICON_PREFIX = '/public/build/img/icons/';
const FONT_PREFIX = '/public/fonts/';
// Grafana serves its fonts from public/fonts (not on npm); @grafana/ui's global styles ask for these names.
// The same fonts' files come from @fontsource, so text looks alike whatever fonts the machine has.
const FONT_FILES: Record<string, string> = {
  'inter/Inter-Regular.woff2': 'inter/files/inter-latin-400-normal.woff2',
  'inter/Inter-Medium.woff2': 'inter/files/inter-latin-500-normal.woff2',
  'inter/Inter-Italic.woff2': 'inter/files/inter-latin-400-italic.woff2',
  'inter/Inter-MediumItalic.woff2': 'inter/files/inter-latin-500-italic.woff2',
  'roboto/L0xTDF4xlVMF-BfR8bXMIhJHg45mwgGEFl0_3vrtSM1J-gEPT5Ese6hmHSh0mQ.woff2':
    'roboto-mono/files/roboto-mono-latin-400-normal.woff2',
};
const BLANK_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg>';

// The role comes from a cookie, so each Playwright context chooses its user without shared state.
function roleOf(req: IncomingMessage): HostRole {
  return /(?:^|;\s*)host_role=Viewer/.test(req.headers.cookie ?? '') ? 'Viewer' : 'Admin';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendFile(res: ServerResponse, file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) {
    sendJson(res, 404, { message: `Not found: ${path.basename(file)}` });
    return;
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

// A request path never leaves the directory it is served from.
function inside(dir: string, relative: string): string {
  const file = path.resolve(dir, decodeURIComponent(relative));
  return file.startsWith(dir + path.sep) ? file : path.join(dir, '__outside__');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the host page, the built plugin from dist/, plugin settings and a recording proxy to Prometheus. */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const queries: RecordedQuery[] = [];
  const plugins = pluginDirectories(options.repoRoot);
  const settings = new SettingsStore(path.join(options.repoRoot, 'dist', 'plugin.json'));
  const line = options.line ?? 'current';
  const bundleDir = hostBundleDir(options.repoRoot, line);
  // Grafana serves its icons from public/build; npm ships only a few, the rest are drawn blank.
  const iconDir = path.join(options.repoRoot, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img', 'icons');
  const fontDir = path.join(options.repoRoot, 'node_modules', '@fontsource');

  const prometheusByUid: Record<string, string> = {
    [PROMETHEUS_UID]: options.prometheusUrl,
    ...options.morePrometheus,
  };
  const proxy = async (req: IncomingMessage, res: ServerResponse, url: URL, uid: string, rest: string) => {
    const base = prometheusByUid[uid];
    if (!base) {
      sendJson(res, 404, { message: `Data source not found: ${uid}` });
      return;
    }
    const target = new URL(`/${rest}${url.search}`, base);
    queries.push({ path: target.pathname, params: Object.fromEntries(target.searchParams), uid });
    // A query the browser cancelled (a newer time range, a closed page) stops loading Prometheus too.
    const cancelled = new AbortController();
    res.once('close', () => cancelled.abort());
    const signal = AbortSignal.any([cancelled.signal, AbortSignal.timeout(BUDGET_MS.prometheusRequest)]);
    const answer = await fetch(target, { signal });
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(body);
  };

  const settingsApi = async (req: IncomingMessage, res: ServerResponse, pluginId: string) => {
    if (req.method === 'GET') {
      sendJson(res, 200, settings.get(pluginId));
      return;
    }
    if (roleOf(req) !== 'Admin') {
      sendJson(res, 403, { message: 'Permission denied: only organisation admins can change plugin settings' });
      return;
    }
    sendJson(res, 200, settings.update(pluginId, JSON.parse((await readBody(req)) || '{}')));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const settingsMatch = url.pathname.match(/^\/api\/plugins\/([\w-]+)\/settings$/);
    const publicMatch = url.pathname.match(/^\/public\/plugins\/([\w-]+)\/(.+)$/);
    const proxyMatch = url.pathname.match(/^\/api\/datasources\/proxy\/uid\/([\w-]+)\/(.*)$/);
    if (proxyMatch) {
      await proxy(req, res, url, proxyMatch[1], proxyMatch[2]);
    } else if (settingsMatch) {
      await settingsApi(req, res, settingsMatch[1]);
    } else if (url.pathname === '/__host/queries') {
      sendJson(res, 200, queries);
    } else if (url.pathname === '/__host/reset' && req.method === 'POST') {
      queries.length = 0;
      settings.reset();
      sendJson(res, 200, {});
    } else if (publicMatch && plugins[publicMatch[1]]) {
      sendFile(res, inside(plugins[publicMatch[1]], publicMatch[2]));
    } else if (url.pathname.startsWith(FONT_PREFIX) && FONT_FILES[url.pathname.slice(FONT_PREFIX.length)]) {
      sendFile(res, path.join(fontDir, FONT_FILES[url.pathname.slice(FONT_PREFIX.length)]));
    } else if (url.pathname.startsWith(ICON_PREFIX)) {
      const icon = inside(iconDir, url.pathname.slice(ICON_PREFIX.length));
      if (existsSync(icon)) {
        sendFile(res, icon);
      } else {
        res.writeHead(200, { 'content-type': MIME['.svg'] });
        res.end(BLANK_ICON);
      }
    } else if (url.pathname.startsWith('/host/')) {
      sendFile(res, path.join(bundleDir, path.basename(url.pathname)));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(renderIndexHtml(roleOf(req), GRAFANA_LINES[line].version));
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 502, { message: String(error) });
      }
    });
  });
  // Idle keep-alive sockets outlive a busy browser's pauses, so a reused socket is never closed under a request.
  server.keepAliveTimeout = BUDGET_MS.prometheusRequest;
  server.headersTimeout = BUDGET_MS.prometheusRequest + 1000;
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
