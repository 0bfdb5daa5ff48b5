package org.casenotes.core.rules.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure but costly computation over text (a tagged sentence, the tokenizer's split of a word,
 * the sentence detector's decision on a window) for the last {@code capacity} distinct inputs, least recently
 * used forgotten first. While a clinician types, all of a note but the edited sentence is unchanged, so these
 * make a keystroke pay only for what it changed. Thread-safe; the computation runs outside the lock.
 */
final class RecentResults<K, V> {

    private final Map<K, V> results;

    RecentResults(int capacity) {
        results = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return the result for {@code key}, computed by {@code computation} if it is not kept */
    V get(K key, Function<K, V> computation) {
        V value;
        synchronized (results) {
            value = results.get(key);
        }
        if (value == null) {
            value = computation.apply(key);
            synchronized (results) {
                results.put(key, value);
            }
        }
        return value;
    }

    /** Forgets every result. */
    void clear() {
        synchronized (results) {
            results.clear();
        }
    }
}
