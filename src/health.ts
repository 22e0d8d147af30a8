// Optional health endpoint for whoever runs the bot in a container: /healthz and /metrics.
import { createServer, type Server } from 'node:http';
import type { Engine } from './engine.js';
import type { Metrics } from './metrics.js';

export function startHealthServer(port: number, engine: Engine, metrics: Metrics, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      const ready = engine.ready;
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ready ? { status: 'ok', documents: engine.corpus.docs.length } : { status: 'loading' }));
    } else if (req.url === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(metrics.render());
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
