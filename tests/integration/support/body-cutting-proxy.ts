import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function collect(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}

function forward(upstream: URL, req: IncomingMessage, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (res) => {
        collect(res).then((bytes) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (typeof value === 'string') headers[name] = value;
          }
          delete headers['transfer-encoding'];
          delete headers['connection'];
          headers['content-length'] = String(bytes.length);
          resolve({ status: res.statusCode ?? 502, headers, body: bytes });
        }, reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
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
      const answer = await forward(upstream, req, await collect(req));
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
