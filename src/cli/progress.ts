/** A progress bar for long work on a terminal: count, share, rate, redrawn at most ten times a second. */

const WIDTH = 30;
const REDRAW_MS = 100;

export class ProgressBar {
  private readonly started = performance.now();
  private drawn = 0;
  private done_ = 0;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: number,
    private readonly unit: string,
  ) {}

  update(done: number): void {
    this.done_ = done;
    const now = performance.now();
    if (done < this.total && now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    const share = this.total ? done / this.total : 1;
    const filled = Math.round(share * WIDTH);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    this.out.write(`\r${bar} ${done}/${this.total} ${this.unit} ${Math.round(share * 100)}% ${rate}/s\x1b[K`);
  }

  /** A line above the bar (a failure), which then is drawn again. */
  log(line: string): void {
    this.out.write(`\r\x1b[K${line}\n`);
    this.drawn = 0;
    this.update(this.done_);
  }

  done(): void {
    this.update(this.total);
    this.out.write("\n");
  }
}
