package io.github.polku.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Tracks the peak heap use of this JVM: the heap in use just before each garbage collection (the
 * high-water mark between two collections), and the heap in use whenever {@link #sample()} is
 * called.
 * <p>
 * This class is thread-safe.
 */
public final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();

    /** Starts watching the garbage collectors of this JVM. */
    public HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                        if (heapPools.contains(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    collections.incrementAndGet();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        sample();
    }

    /** Records the heap in use now. */
    public void sample() {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    /**
     * Gets the peak heap use seen so far.
     *
     * @return MiB
     */
    public double peakMiB() {
        sample();
        return peak.get() / (1024.0 * 1024.0);
    }

    /**
     * Gets the number of garbage collections seen.
     *
     * @return the count
     */
    public long collections() {
        return collections.get();
    }

    /**
     * Gets the maximum heap size of this JVM.
     *
     * @return MiB
     */
    public static double maxHeapMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024.0 * 1024.0);
    }
}
