/** The listeners of the session-ended signal; one that throws must not keep the others from closing consoles. */
export class SessionEndedListeners {
  private readonly listeners = new Set<(sessionId: string) => void>();

  add(listener: (sessionId: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(sessionId: string, onError: (err: unknown) => void): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(sessionId);
      } catch (err) {
        onError(err);
      }
    }
  }
}
