import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forward, readAll } from '../../support/http-forward';

/**
 * A proxy that can cut an answer in the middle of its body: the status line, the headers
 * (with the full Content-Length) and half of the bytes arrive, then the connection dies, as
 * when a store's uplink drops while a large pull page is on its way. Chain it in front of the
 * chaos proxy to combine with drops, 503s and answers lost after the commit.
 */
export type BodyFault = 'pass' | 'cutMidBody';

export interface BodyCuttingProxy {
  url: string;
  counts: Record<BodyFault, number>;
  /** Bytes of bodies that were promised by Content-Length and never sent. */
  bytesWithheld: number;
  close(): Promise<void>;
}

export async function startBodyCuttingProxy(
  upstreamUrl: string,
  chooseFault: (req: IncomingMessage) => BodyFault,
): Promise<BodyCuttingProxy> {
  const upstream = new URL(upstreamUrl);
  const proxy: BodyCuttingProxy = {
    url: '',
    counts: { pass: 0, cutMidBody: 0 },
    bytesWithheld: 0,
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const chosen = chooseFault(req);
    try {
      const answer = await forward(upstream, req, await readAll(req));
      // Only a real page is cut; an error answer passes as it is.
      const fault = answer.status === 200 && answer.body.length >= 2 ? chosen : 'pass';
      proxy.counts[fault] += 1;
      res.writeHead(answer.status, answer.headers);
      if (fault === 'pass') {
        res.end(answer.body);
        return;
      }
      const half = Math.floor(answer.body.length / 2);
      proxy.bytesWithheld += answer.body.length - half;
      res.write(answer.body.subarray(0, half), () => res.socket?.destroy());
    } catch {
      // The hop behind us failed (dropped, cut, server down): so does this connection.
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
