import type http from 'node:http';
import { answerLikePrometheus, type Answer, type Misbehaviour } from '../../report/__tests__/fakePrometheus';

/** How a misbehaving Prometheus answers one request. */
export type Behaviour = (res: http.ServerResponse, req: http.IncomingMessage, url: URL) => void;

export const json =
  (status: number, body: unknown): Behaviour =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

export const text =
  (status: number, contentType: string, body: string): Behaviour =>
  (res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };

export const redirect =
  (status: number, location: string): Behaviour =>
  (res) => {
    res.writeHead(status, { location });
    res.end();
  };

/** A valid-looking answer, one byte every 50 ms for as long as the client listens. */
export const trickle: Behaviour = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const body = '{"status":"success","data":{"resultType":"matrix","result":[';
  let i = 0;
  const timer = setInterval(() => res.write(body[i++ % body.length]), 50);
  res.on('close', () => clearInterval(timer));
};

/** Accepts the request and never answers. */
export const silence: Behaviour = () => undefined;

/** Sends the headers, then nothing. */
export const headersOnly: Behaviour = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.flushHeaders();
};

export const hangUp: Behaviour = (res, req) => req.socket.destroy();

/** Promises 1,000 bytes, sends 10, and closes. */
export const truncated: Behaviour = (res, req) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"status":');
  setTimeout(() => req.socket.destroy(), 20);
};

/** Declares a 300 MB answer and starts sending it. */
export const declaredHuge: Behaviour = (res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) });
  res.write('{"status":"success","data":{"resultType":"matrix","result":[');
};

/** Answers well, from `answer`, but only after `ms`. */
export function delayed(ms: number, answer: Answer): Behaviour {
  return (res, req, url) => {
    const timer = setTimeout(() => answerLikePrometheus(answer, url, res), ms);
    res.on('close', () => clearTimeout(timer));
  };
}

export type Target = (url: URL) => boolean;

const query = (url: URL) => url.searchParams.get('query') ?? '';
/** upstream5xxRate: the 5xx range query every report runs. */
export const fiveXxRange: Target = (u) =>
  u.pathname === '/api/v1/query_range' && query(u).includes('upstream_rq_xx') && query(u).includes('code_class="5"');
/** upstream5xxVolume: the 5xx instant query. */
export const fiveXxVolume: Target = (u) => u.pathname === '/api/v1/query' && query(u).includes('code_class="5"');
export const labelsApi: Target = (u) => u.pathname === '/api/v1/labels';
export const anyRange: Target = (u) => u.pathname === '/api/v1/query_range';

/** Misbehaves on the requests `target` picks; the fake answers the rest well. */
export function on(target: Target, behaviour: Behaviour): Misbehaviour {
  return (url, req, res) => {
    if (!target(url)) {
      return false;
    }
    behaviour(res, req, url);
    return true;
  };
}
