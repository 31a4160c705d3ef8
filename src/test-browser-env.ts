import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    tenantCookie: string;
  }
}

/**
 * What jsdom lacks of a browser page served by the console (setup file of the hook tests, vitest.config.ts):
 * `fetch` resolving '/api' against the page's origin and sending the session cookie and Origin as a
 * browser would. The gateway and the simulator behind it are the real ones (server/hook-test-stack.ts).
 */
const cookie = inject('tenantCookie');
document.cookie = `${cookie}; path=/`;

const platformFetch = globalThis.fetch;
globalThis.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(input instanceof Request ? input.url : input, location.href);
  const headers = new Headers(init.headers);
  headers.set('Cookie', cookie);
  headers.set('Origin', location.origin);
  return platformFetch(url, { ...init, headers });
};

/** jsdom has no ImageData: the browser's, as noVNC uses it (pixels, width, height). */
class MemoryImageData {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height: number,
  ) {}
}

/**
 * jsdom has no 2D canvas either (its `canvas` package needs a native build): a canvas that keeps its pixels
 * in memory, with the calls noVNC's display makes. What the VM draws can be read back with getImageData.
 */
function memoryContext(canvas: HTMLCanvasElement) {
  let pixels = new Uint8ClampedArray(0);
  const sized = () => {
    const length = canvas.width * canvas.height * 4;
    if (pixels.length !== length) pixels = new Uint8ClampedArray(length);
    return pixels;
  };
  return {
    canvas,
    fillStyle: '#000',
    imageSmoothingEnabled: true,
    putImageData(image: MemoryImageData, x: number, y: number) {
      const target = sized();
      for (let row = 0; row < image.height && y + row < canvas.height; row++) {
        const from = row * image.width * 4;
        target.set(image.data.subarray(from, from + Math.min(image.width, canvas.width - x) * 4), ((y + row) * canvas.width + x) * 4);
      }
    },
    getImageData(x: number, y: number, width: number, height: number) {
      const source = sized();
      const data = new Uint8ClampedArray(width * height * 4);
      for (let row = 0; row < height; row++) {
        const from = ((y + row) * canvas.width + x) * 4;
        data.set(source.subarray(from, from + width * 4), row * width * 4);
      }
      return new MemoryImageData(data, width, height);
    },
    fillRect() {},
    drawImage() {},
  };
}

Object.assign(globalThis, { ImageData: MemoryImageData });
const contexts = new WeakMap<HTMLCanvasElement, ReturnType<typeof memoryContext>>();
HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
  let context = contexts.get(this);
  if (!context) contexts.set(this, (context = memoryContext(this)));
  return context;
} as unknown as HTMLCanvasElement['getContext'];

/** jsdom does no layout, so nothing ever resizes: an observer that is never called (noVNC creates one). */
class StillResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: StillResizeObserver });

/**
 * jsdom's WebSocket queues the caller's buffer and sends it on a later tick; a browser copies the bytes at
 * send(). noVNC reuses its send buffer right after send(), so without the copy the gateway would receive
 * the next message's bytes.
 */
const queueSend = WebSocket.prototype.send;
WebSocket.prototype.send = function send(this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
  queueSend.call(this, ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice() : data);
};
