// Answers are worked out one at a time, each in its own turn of the event loop, so that a burst of commands
// never keeps the bot from acknowledging the next one inside Discord's 3 seconds: between two answers,
// incoming events are read and their "thinking…" replies sent. A paced build (a reload) gives way to every answer
// queued here: it takes its next slice only when none is waiting.
import { answerFirst } from '../pace.js';

type Job = () => void;

export class WorkQueue {
  private jobs: Job[] = [];
  private running = false;

  run<T>(work: () => T | Promise<T>): Promise<T> {
    return answerFirst(
      new Promise<T>((resolve, reject) => {
        this.jobs.push(() => {
          Promise.resolve()
            .then(work)
            .then(resolve, reject)
            .finally(() => setImmediate(() => this.next()));
        });
        if (!this.running) {
          this.running = true;
          setImmediate(() => this.next());
        }
      }),
    );
  }

  private next(): void {
    const job = this.jobs.shift();
    if (!job) {
      this.running = false;
      return;
    }
    job();
  }
}
