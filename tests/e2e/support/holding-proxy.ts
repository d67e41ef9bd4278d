import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forward, readAll, type Answer } from '../../support/http-forward';

/**
 * Stands between the browser and the server (the kiosk is loaded from the proxy's origin).
 * While holding, a push is forwarded, so the server applies and commits it, but its answer
 * is kept back: the kiosk sees a push still in flight, which the test can then reload, kill
 * the server under, or cut. Everything else passes untouched.
 */
export interface HoldingProxy {
  url: string;
  /** Hold the answers of pushes from now on (true) or let new ones through (false). */
  holdPushes(on: boolean): void;
  /** Answers held right now. */
  held(): number;
  /** Deliver the held answers (to whoever still listens). */
  release(): void;
  /**
   * Lose the held answers: the server committed, the kiosk never hears of it. The status
   * line goes out first, because Chromium quietly sends a request again when a reused
   * connection dies before any byte of the answer (a duplicate delivery of its own, which
   * the kiosk would never notice); after the first byte it reports a network error.
   */
  cut(): void;
  /** The mutations (id and type) of every push forwarded, one entry per push. */
  pushes: PushedMutation[][];
  /** `METHOD /path` of every API call that reached the proxy. */
  apiCalls: string[];
  /** What happened to pushes, in order, with milliseconds since the proxy started. */
  events: string[];
  close(): Promise<void>;
}

export interface PushedMutation {
  id: string;
  type: string;
}

function mutationsOf(body: Buffer): PushedMutation[] {
  try {
    const parsed = JSON.parse(body.toString()) as {
      mutations?: { id?: unknown; type?: unknown }[];
    };
    return (parsed.mutations ?? []).map((m) => ({ id: String(m.id), type: String(m.type) }));
  } catch {
    return [];
  }
}

export async function startHoldingProxy(upstreamUrl: string): Promise<HoldingProxy> {
  const upstream = new URL(upstreamUrl);
  let holding = false;
  let held: { res: ServerResponse; answer: Answer }[] = [];
  const pushes: PushedMutation[][] = [];
  const apiCalls: string[] = [];
  const events: string[] = [];
  const started = Date.now();
  const note = (what: string) => events.push(`${Date.now() - started}ms ${what}`);

  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readAll(req);
      const isPush = req.method === 'POST' && req.url?.startsWith('/api/sync/push') === true;
      const holdThis = isPush && holding;
      if (req.url?.startsWith('/api/')) {
        apiCalls.push(`${req.method} ${req.url.split('?')[0]}`);
        if (!isPush) note(apiCalls.at(-1) ?? '');
      }
      if (req.url === '/kiosk/' || req.url?.startsWith('/kiosk/index')) note(`GET ${req.url}`);
      if (isPush) {
        pushes.push(mutationsOf(body));
        note(`push #${pushes.length} of ${pushes.at(-1)?.length} forwarded`);
      }
      const answer = await forward(upstream, req, body);
      if (holdThis) {
        held.push({ res, answer });
        note(`push answered ${answer.status}, held`);
        res.on('close', () => note('a held push’s connection closed'));
        return;
      }
      if (isPush) note(`push answered ${answer.status}, passed`);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      // The server is down (killed): the browser sees a dead connection, as it would.
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    holdPushes: (on) => {
      holding = on;
    },
    held: () => held.length,
    release: () => {
      for (const { res, answer } of held) {
        note(`releasing a held answer (connection ${res.destroyed ? 'gone' : 'open'})`);
        if (res.destroyed) continue;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      }
      held = [];
    },
    cut: () => {
      for (const { res } of held) {
        const socket = res.socket;
        if (!socket || socket.destroyed) continue;
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n', () =>
          socket.destroy(),
        );
      }
      held = [];
    },
    pushes,
    apiCalls,
    events,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
