import { request, type IncomingMessage } from 'node:http';

/** An upstream's whole answer, read into memory so a test proxy can decide what to do with it. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** The whole body of a request or response; rejects when the peer aborts it. */
export function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}

/**
 * Sends a request on to `upstream` and reads its answer whole, with a Content-Length in place
 * of chunked transfer, so the proxy can replay, cut or withhold it byte-exactly.
 */
export function forward(upstream: URL, req: IncomingMessage, body: Buffer): Promise<Answer> {
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
        readAll(res).then((bytes) => {
          const headers: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers[name] = value;
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
