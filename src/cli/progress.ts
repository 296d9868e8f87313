import cliProgress from 'cli-progress';

/** A progress bar on stderr when a person is watching it; silent otherwise (pipes, CI). */
export interface Progress {
  tick(failed: boolean): void;
  /** Writes a line to stderr above the bar, without tearing it. */
  log(line: string): void;
  stop(): void;
}

export function createProgress(totalDocs: number, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled || totalDocs <= 0) return { tick() {}, log: (line) => void process.stderr.write(line), stop() {} };
  // A MultiBar, though there is one bar, because only it can print lines above its bars.
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: 'analyzing [{bar}] {percentage}% | {docs} docs | {failed} failed | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let docs = 0;
  let failed = 0;
  const bar = multi.create(totalDocs, 0, { docs, failed });
  return {
    tick(isFailure) {
      docs++;
      if (isFailure) failed++;
      // A JSON Lines estimate can be short; the bar then grows rather than overflowing.
      if (docs > bar.getTotal()) bar.setTotal(docs);
      bar.update(docs, { docs, failed });
    },
    log(line) {
      multi.log(line);
    },
    stop() {
      bar.update(docs, { docs, failed });
      // Logged lines wait for the next redraw; force one so the last errors are not lost.
      multi.update();
      multi.stop();
    },
  };
}
