// Prometheus metrics for /metrics (prom-client): Node's process metrics and event-loop lag, per-command latency
// histograms in seconds, reloads (count, duration, failures) and errors. One registry per bot, not the global one.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds: from a quick lookup (5 ms) to an answer that nearly missed Discord's deadlines. */
const ANSWER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: a reload that adds a few files (a second) to a rebuild of a large corpus (minutes). */
const RELOAD_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

export class Metrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'dossier_commands_total',
    help: 'Commands and questions answered, by command and result.',
    labelNames: ['command', 'result'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'dossier_command_duration_seconds',
    help: 'Time from receiving a command or question to its answer, in seconds.',
    labelNames: ['command'] as const,
    buckets: ANSWER_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'dossier_errors_total',
    help: 'Requests that ended in an error.',
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: 'dossier_reloads_total',
    help: 'Corpus reloads, by result (ok or failed).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly reloadTime = new Histogram({
    name: 'dossier_reload_duration_seconds',
    help: 'Time a corpus reload took, in seconds.',
    labelNames: ['result'] as const,
    buckets: RELOAD_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    // Process CPU, memory, handles, GC, and nodejs_eventloop_lag_seconds with its percentiles.
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    for (const result of ['ok', 'failed']) this.reloads.inc({ result }, 0);
    this.errors.inc(0);
  }

  /** One command or question answered, `ms` after it arrived. */
  count(command: string, ms: number, ok: boolean): void {
    this.commands.inc({ command, result: ok ? 'ok' : 'error' });
    this.latency.observe({ command }, ms / 1000);
    if (!ok) this.errors.inc();
  }

  error(): void {
    this.errors.inc();
  }

  reload(ok: boolean, ms = 0): void {
    const result = ok ? 'ok' : 'failed';
    this.reloads.inc({ result });
    this.reloadTime.observe({ result }, ms / 1000);
  }

  /** The Prometheus text exposition. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
