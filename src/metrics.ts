// Counters and a latency histogram for /metrics, in Prometheus' text format.

const BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

export class Metrics {
  private served = new Map<string, number>();
  private errors = 0;
  private reloads = { ok: 0, failed: 0 };
  private buckets = BUCKETS_MS.map(() => 0);
  private sum = 0;
  private count_ = 0;

  count(command: string, ms: number, ok: boolean): void {
    this.served.set(command, (this.served.get(command) ?? 0) + 1);
    if (!ok) this.errors++;
    this.sum += ms;
    this.count_++;
    BUCKETS_MS.forEach((b, i) => {
      if (ms <= b) this.buckets[i]!++;
    });
  }

  error(): void {
    this.errors++;
  }

  reload(ok: boolean): void {
    if (ok) this.reloads.ok++;
    else this.reloads.failed++;
  }

  render(): string {
    const lines = [
      '# HELP dossier_commands_total Commands and questions answered.',
      '# TYPE dossier_commands_total counter',
      ...[...this.served].map(([c, n]) => `dossier_commands_total{command="${c}"} ${n}`),
      '# HELP dossier_errors_total Requests that ended in an error.',
      '# TYPE dossier_errors_total counter',
      `dossier_errors_total ${this.errors}`,
      '# HELP dossier_reloads_total Corpus reloads.',
      '# TYPE dossier_reloads_total counter',
      `dossier_reloads_total{result="ok"} ${this.reloads.ok}`,
      `dossier_reloads_total{result="failed"} ${this.reloads.failed}`,
      '# HELP dossier_latency_ms Time to answer, in milliseconds.',
      '# TYPE dossier_latency_ms histogram',
      ...BUCKETS_MS.map((b, i) => `dossier_latency_ms_bucket{le="${b}"} ${this.buckets[i]}`),
      `dossier_latency_ms_bucket{le="+Inf"} ${this.count_}`,
      `dossier_latency_ms_sum ${Math.round(this.sum)}`,
      `dossier_latency_ms_count ${this.count_}`,
    ];
    return lines.join('\n') + '\n';
  }
}
