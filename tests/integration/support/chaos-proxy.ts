import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forward, readAll } from '../../support/http-forward';

/**
 * What the proxy does to one request. `cutAfterCommit` forwards the request, lets the server
 * answer (and so commit), then destroys the client's socket: the client never learns the outcome.
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number }
  | { kind: 'duplicate' }
  | { kind: 'cutAfterCommit' }
  | { kind: 'serverError' };

export interface ChaosProxy {
  url: string;
  /** Point the proxy at another upstream, e.g. after a server restart on a new port. */
  setUpstream(url: string): void;
  counts: Record<Fault['kind'], number>;
  close(): Promise<void>;
}

/** A proxy between kiosk and server that misbehaves the way a store's network does. */
export async function startChaosProxy(
  upstreamUrl: string,
  chooseFault: (req: IncomingMessage) => Fault,
): Promise<ChaosProxy> {
  let upstream = new URL(upstreamUrl);
  const counts: ChaosProxy['counts'] = {
    pass: 0,
    drop: 0,
    delay: 0,
    duplicate: 0,
    cutAfterCommit: 0,
    serverError: 0,
  };

  const reply = (res: ServerResponse, answer: Awaited<ReturnType<typeof forward>>) => {
    delete answer.headers['content-length'];
    delete answer.headers['transfer-encoding'];
    delete answer.headers['connection'];
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };

  const server: Server = createServer(async (req, res) => {
    const fault = chooseFault(req);
    counts[fault.kind] += 1;
    try {
      const body = await readAll(req);
      switch (fault.kind) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'serverError':
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'unavailable', message: 'injected' } }));
          return;
        case 'delay':
          await new Promise((r) => setTimeout(r, fault.ms));
          reply(res, await forward(upstream, req, body));
          return;
        case 'duplicate': {
          // The network delivers the request twice at once; the client sees one of the answers.
          const [first] = await Promise.all([
            forward(upstream, req, body),
            forward(upstream, req, body).catch(() => null),
          ]);
          reply(res, first);
          return;
        }
        case 'cutAfterCommit':
          await forward(upstream, req, body);
          req.socket.destroy();
          return;
        case 'pass':
          reply(res, await forward(upstream, req, body));
          return;
      }
    } catch {
      // Upstream down (e.g. killed mid-batch): the client sees a dead connection.
      req.socket.destroy();
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setUpstream: (url) => {
      upstream = new URL(url);
    },
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
