/**
 * Reads by key that many concurrent requests share without reading stale data: a request joins
 * the next read that has not started yet, never one already running (that one may have missed a
 * commit made just before the request arrived). So every answer comes from a read that began
 * after its request did, exactly as if each request had read alone, and under load one
 * statement serves every request that arrived while the previous one ran.
 */
export class CoalescedReads<K, V> {
  private next: { keys: Set<K>; result: Promise<Map<K, V>> } | null = null;
  private running: Promise<unknown> = Promise.resolve();

  /**
   * `fetch` reads the given keys (each once) and answers what it found, missing keys absent; the
   * `fetch` of the request that opens a batch reads for everyone who joins it.
   */
  read(keys: Iterable<K>, fetch: (keys: K[]) => Promise<Map<K, V>>): Promise<Map<K, V>> {
    if (this.next) {
      for (const key of keys) this.next.keys.add(key);
      return this.next.result;
    }
    const batch = { keys: new Set(keys), result: null as unknown as Promise<Map<K, V>> };
    // Starts once the running read is done; until then later requests join this batch.
    batch.result = this.running.then(() => {
      if (this.next === batch) this.next = null;
      return fetch([...batch.keys]);
    });
    this.next = batch;
    this.running = batch.result.catch(() => undefined);
    return batch.result;
  }
}
