import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the test server does for one path. */
export type Route =
  | { body: Uint8Array | string; type?: string; status?: number }
  | { redirect: string; status?: number }
  /** Accept the request and never answer: the client's timeout must fire. */
  | { hang: true }
  /** Announce `announce` bytes, send `body`, then close the connection. */
  | { truncate: Uint8Array | string; announce: number }
  /** Answer from a list, one response per request (the last one repeats): a server that fails, then recovers. */
  | { sequence: Route[] };

/** A local HTTP server on 127.0.0.1 for fetch tests: no network leaves the machine. */
export interface TestServer {
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** How many requests each path received. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Start a server on a free port answering `routes` by path; unknown paths get 404. */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    answer(routes[path], count, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging requests keep their sockets open; end them so the server can close.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function answer(route: Route | undefined, count: number, response: ServerResponse): void {
  if (!route) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  } else if ('sequence' in route) {
    answer(route.sequence[Math.min(count, route.sequence.length) - 1], 1, response);
  } else if ('hang' in route) {
    // Say nothing; the socket stays open until the client gives up or the server closes.
  } else if ('redirect' in route) {
    response.writeHead(route.status ?? 302, { location: route.redirect }).end();
  } else if ('truncate' in route) {
    response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(route.announce) });
    response.write(route.truncate);
    // Cut the connection short of the announced length, as a dropped download does.
    setTimeout(() => response.socket?.destroy(), 20);
  } else {
    const body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body);
    response.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'content-length': String(body.length) }).end(body);
  }
}
