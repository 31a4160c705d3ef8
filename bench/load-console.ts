import type { Tally } from './load-tally';
import type { OpenRfb } from './rfb-clients';
import { sleep } from './stats';

const XK_A = 0x61;
const XK_BACKSPACE = 0xff08;

// A browser asks for the whole screen when it connects and after a resize, not all the time.
const FULL_EVERY = 25;

/**
 * One open console until `endAt`: about four times a second a keystroke and its echo (an incremental
 * update), every 25th time a full-screen update instead. A console that breaks counts as an error and stops.
 */
export async function runConsole(rfb: OpenRfb, endAt: number, tally: Tally): Promise<void> {
  const { client } = rfb;
  // Backspace on an empty line changes nothing and so would never be answered: alternate strictly.
  let typed = false;
  for (let i = 0; Date.now() < endAt; i++) {
    const full = i % FULL_EVERY === 0;
    const op = full ? 'console full update' : 'console keystroke';
    const start = performance.now();
    const before = rfb.bytesReceived();
    try {
      if (full) client.requestUpdate(false);
      else {
        const keysym = typed ? XK_BACKSPACE : XK_A;
        typed = !typed;
        client.requestUpdate(true);
        client.key(true, keysym);
        client.key(false, keysym);
      }
      await client.readUpdate(10_000);
    } catch (err) {
      tally.error(op, err);
      return;
    }
    tally.ok(op, performance.now() - start);
    tally.bytes += rfb.bytesReceived() - before;
    await sleep(200);
  }
}
