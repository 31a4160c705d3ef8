/**
 * Stops cleanly on SIGINT/SIGTERM (open consoles closed, SQLite flushed); a second signal, or a
 * close that hangs for 10 s, exits at once.
 */
export function onShutdown(close: () => Promise<void>, log: (message: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: shutting down`);
    setTimeout(() => process.exit(1), 10_000).unref();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
