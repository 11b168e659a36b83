package org.unkg.serve;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Answers read from one state of the store, kept until the store changes ({@link StoreVersion}): a thing's label
 * and facts are read again by every page that lists it, and the same popular things are on most pages.
 *
 * <pre>{@code
 * Memo<Node, String> labels = new Memo<>(100_000);
 * labels.get(dsg, iri, () -> readLabel(iri));   // inside a read transaction; read once per state of the store
 * }</pre>
 *
 * Over a store whose state cannot be told (in memory), nothing is kept. When full, it starts again empty: simpler
 * than an eviction order, and the popular entries come back at once.
 */
final class Memo<K, V> {
    private final int max;
    private volatile Kept<K, V> kept;

    private record Kept<K, V>(StoreVersion version, Map<K, V> values) {
    }

    /** @param max the most values kept; 0 keeps none */
    Memo(int max) {
        this.max = max;
    }

    /** The value of {@code key} in the state the caller's read transaction sees; {@code read} computes it. */
    V get(DatasetGraph dsg, K key, Supplier<V> read) {
        Optional<StoreVersion> version = StoreVersion.of(dsg);
        if (max <= 0 || version.isEmpty()) {
            return read.get();
        }
        Kept<K, V> k = kept;
        if (k == null || !k.version().equals(version.get()) || k.values().size() >= max) {
            k = new Kept<>(version.get(), new ConcurrentHashMap<>());
            kept = k;
        }
        V v = k.values().get(key);
        if (v == null) {
            v = read.get();
            k.values().put(key, v);
        }
        return v;
    }
}
