package io.rightline.ledger.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * In-memory image of the committed state table, loaded at start and updated only after a block's database
 * transaction commits. Simulations run under the read lock so each sees one committed height.
 */
final class WorldState {
    private final NavigableMap<String, VersionedValue> entries = new ConcurrentSkipListMap<>(KeyOrder.CODE_POINTS);
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    VersionedValue get(String key) {
        return entries.get(key);
    }

    /** Entries with {@code start <= key < end}; an empty end means unbounded. */
    List<Map.Entry<String, VersionedValue>> range(String start, String end) {
        NavigableMap<String, VersionedValue> view = end.isEmpty()
                ? entries.tailMap(start, true)
                : KeyOrder.compare(start, end) >= 0
                        ? new ConcurrentSkipListMap<>()
                        : entries.subMap(start, true, end, false);
        return new ArrayList<>(view.entrySet());
    }

    <T> T atSnapshot(Supplier<T> simulation) {
        lock.readLock().lock();
        try {
            return simulation.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies committed writes (null value = delete) atomically with respect to simulations. */
    void apply(Map<String, VersionedValue> writes) {
        lock.writeLock().lock();
        try {
            writes.forEach((key, value) -> {
                if (value.value() == null) {
                    entries.remove(key);
                } else {
                    entries.put(key, value);
                }
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    void load(String key, VersionedValue value) {
        entries.put(key, value);
    }

    int size() {
        return entries.size();
    }

    NavigableMap<String, VersionedValue> view() {
        return java.util.Collections.unmodifiableNavigableMap(entries);
    }
}
