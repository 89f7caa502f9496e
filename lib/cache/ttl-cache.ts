/**
 * A per-process cache for values that many requests read and that may be up to `maxAgeMs` old.
 * However many requests miss at once, one load runs and they all wait on it (single flight).
 */
export function createTtlCache<K, V>(options: { maxAgeMs: number; maxEntries?: number; load: (key: K) => Promise<V> }) {
  const { maxAgeMs, maxEntries = 10_000, load } = options;
  const entries = new Map<K, { value: V; fetchedAt: number }>();
  const inFlight = new Map<K, Promise<V>>();

  return {
    async get(key: K): Promise<V> {
      const entry = entries.get(key);
      if (entry && Date.now() - entry.fetchedAt < maxAgeMs) return entry.value;
      const pending = inFlight.get(key);
      if (pending) return pending;
      const loading = load(key)
        .then((value) => {
          if (entries.size >= maxEntries) entries.clear();
          entries.set(key, { value, fetchedAt: Date.now() });
          return value;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, loading);
      return loading;
    },
    /** Forgets a key in this process (other processes catch up within maxAgeMs). */
    delete(key: K): void {
      entries.delete(key);
    },
  };
}
