import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface BenchServer {
  /** The app's address, ending in `/`. */
  readonly url: string;
  close: () => Promise<void>;
}

/**
 * The built app as a plain static server sends it: files as they are, uncompressed (the
 * machine's loopback makes transfer time negligible; the bench counts gzip sizes itself), no
 * caching headers. `extra` adds pages by path, e.g. the floor page.
 */
export function serveBench(root: string, extra: Record<string, string> = {}): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = extra[path];
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return;
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        // Byte ranges, as any static server answers them: a dataset's shards are read by ranges.
        const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
        if (range) {
          const start = Number(range[1]);
          const end = Math.min(body.length - 1, range[2] ? Number(range[2]) : body.length - 1);
          res.writeHead(206, {
            'content-type': type,
            'content-range': `bytes ${start}-${end}/${body.length}`,
          });
          res.end(body.subarray(start, end + 1));
          return;
        }
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
