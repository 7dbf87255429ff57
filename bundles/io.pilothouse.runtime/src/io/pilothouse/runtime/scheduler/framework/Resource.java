package io.pilothouse.runtime.scheduler.framework;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.pilothouse.model.types.Quantity;

/**
 * An amount of compute resources as the scheduler counts them: milli-CPU, bytes of memory and ephemeral storage, a
 * pod count, and scalar resources (extended resources, hugepages) by name, sorted so that every walk over them is
 * deterministic.
 */
public final class Resource {

    /** The resource names with their own fields. */
    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String EPHEMERAL_STORAGE = "ephemeral-storage";
    public static final String PODS = "pods";

    private long milliCpu;
    private long memory;
    private long ephemeralStorage;
    private long allowedPodNumber;
    /** {@code null} until a scalar is counted: most resources have none. */
    private SortedMap<String, Long> scalars;

    /** The resources of a resource list (an allocatable map or a container's requests). */
    public static Resource of(Map<String, Quantity> list) {
        Resource resource = new Resource();
        resource.add(list);
        return resource;
    }

    public long milliCpu() {
        return milliCpu;
    }

    public long memory() {
        return memory;
    }

    public long ephemeralStorage() {
        return ephemeralStorage;
    }

    public long allowedPodNumber() {
        return allowedPodNumber;
    }

    /** The scalar resources, by name. */
    public SortedMap<String, Long> scalars() {
        return scalars == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(scalars);
    }

    /** Whether any scalar resource is counted. */
    public boolean hasScalars() {
        return scalars != null && !scalars.isEmpty();
    }

    /** The amount of a resource by name: milli-units for {@code cpu}, units otherwise. */
    public long get(String name) {
        return switch (name) {
            case CPU -> milliCpu;
            case MEMORY -> memory;
            case EPHEMERAL_STORAGE -> ephemeralStorage;
            case PODS -> allowedPodNumber;
            default -> scalars == null ? 0 : scalars.getOrDefault(name, 0L);
        };
    }

    /** Whether every amount is zero. */
    public boolean isZero() {
        return milliCpu == 0 && memory == 0 && ephemeralStorage == 0 && !hasScalars();
    }

    /** Adds a resource list; names that are neither native nor scalar are ignored, as upstream. */
    public void add(Map<String, Quantity> list) {
        for (Map.Entry<String, Quantity> entry : list.entrySet()) {
            String name = entry.getKey();
            set(name, get(name) + amount(name, entry.getValue()));
        }
    }

    /** Raises each amount to at least the one in the resource list. */
    public void setMax(Map<String, Quantity> list) {
        for (Map.Entry<String, Quantity> entry : list.entrySet()) {
            String name = entry.getKey();
            if (!PODS.equals(name)) {
                set(name, Math.max(get(name), amount(name, entry.getValue())));
            }
        }
    }

    /**
     * Adds (sign 1) or subtracts (sign -1) another resource; a scalar that comes to zero is dropped, so that adding
     * and then subtracting a resource leaves this one as it was.
     */
    public void add(Resource other, int sign) {
        milliCpu += sign * other.milliCpu;
        memory += sign * other.memory;
        ephemeralStorage += sign * other.ephemeralStorage;
        allowedPodNumber += sign * other.allowedPodNumber;
        if (other.hasScalars()) {
            for (Map.Entry<String, Long> entry : other.scalars.entrySet()) {
                writableScalars().merge(entry.getKey(), sign * entry.getValue(),
                        (a, b) -> a + b == 0 ? null : a + b);
            }
        }
    }

    /** Raises each amount to at least the other's. */
    public void setMax(Resource other) {
        milliCpu = Math.max(milliCpu, other.milliCpu);
        memory = Math.max(memory, other.memory);
        ephemeralStorage = Math.max(ephemeralStorage, other.ephemeralStorage);
        if (other.hasScalars()) {
            for (Map.Entry<String, Long> entry : other.scalars.entrySet()) {
                writableScalars().merge(entry.getKey(), entry.getValue(), Math::max);
            }
        }
    }

    /** A copy. */
    public Resource copy() {
        Resource copy = new Resource();
        copy.add(this, 1);
        return copy;
    }

    /** Whether a name counts as a scalar resource: an extended (domain-prefixed) resource or hugepages. */
    public static boolean isScalar(String name) {
        return name.startsWith("hugepages-") || name.indexOf('/') >= 0;
    }

    private void set(String name, long value) {
        switch (name) {
            case CPU -> milliCpu = value;
            case MEMORY -> memory = value;
            case EPHEMERAL_STORAGE -> ephemeralStorage = value;
            case PODS -> allowedPodNumber = value;
            default -> {
                if (isScalar(name)) {
                    writableScalars().put(name, value);
                }
            }
        }
    }

    private SortedMap<String, Long> writableScalars() {
        if (scalars == null) {
            scalars = new TreeMap<>();
        }
        return scalars;
    }

    private static long amount(String name, Quantity quantity) {
        return CPU.equals(name) ? quantity.milliValue() : quantity.value();
    }

    @Override
    public String toString() {
        return "cpu=" + milliCpu + "m memory=" + memory + " ephemeral-storage=" + ephemeralStorage + " pods="
                + allowedPodNumber + " " + scalars();
    }
}
