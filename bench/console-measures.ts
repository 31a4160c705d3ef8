import type { OpenRfb } from './rfb-clients';

/** Bytes per second of full-screen updates: one non-incremental request at a time, as fast as they come. */
export async function fullScreenRate(rfb: OpenRfb, ms: number): Promise<{ bytesPerSecond: number; updates: number }> {
  const before = rfb.bytesReceived();
  const start = performance.now();
  let updates = 0;
  while (performance.now() - start < ms) {
    rfb.client.requestUpdate(false);
    await rfb.client.readUpdate(10_000);
    updates++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { bytesPerSecond: (rfb.bytesReceived() - before) / seconds, updates };
}

const XK_A = 0x61;
const XK_BACKSPACE = 0xff08;

/**
 * Keystroke round trips: an incremental update request is waiting, a key goes down, and the clock stops
 * when the echo's update arrives. Alternates "a" and Backspace so the login line stays short.
 */
export async function keyRoundTrips(rfb: OpenRfb, count: number): Promise<number[]> {
  const { client } = rfb;
  client.requestUpdate(false);
  await client.readUpdate(10_000);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const keysym = i % 2 === 0 ? XK_A : XK_BACKSPACE;
    client.requestUpdate(true);
    const start = performance.now();
    client.key(true, keysym);
    await client.readUpdate(10_000);
    times.push(performance.now() - start);
    client.key(false, keysym);
  }
  return times;
}
