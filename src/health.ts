// Optional health endpoint for whoever runs the bot in a container: /healthz (liveness: the process runs),
// /readyz (readiness: 503 until the first index serves) and /metrics (Prometheus).
import { createServer, type Server } from 'node:http';
import type { Engine } from './engine.js';
import type { Metrics } from './metrics.js';

export function startHealthServer(port: number, engine: Engine, metrics: Metrics, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const state = () =>
      engine.ready
        ? { status: 'ok', documents: engine.corpus.docs.length, reloading: engine.reloading }
        : { status: 'loading', progress: engine.progressLine() };
    if (path === '/healthz') {
      // Liveness: answering at all is the proof. A long first build must not get the container restarted.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(state()));
    } else if (path === '/readyz') {
      res.writeHead(engine.ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(state()));
    } else if (path === '/metrics') {
      metrics.render().then(
        (text) => {
          res.writeHead(200, { 'content-type': metrics.contentType });
          res.end(text);
        },
        () => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('metrics unavailable\n');
        },
      );
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
