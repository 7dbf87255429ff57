package io.pilothouse.runtime.kubelet;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Probe;

/** The three container probes, in the order the prober starts them. */
enum ProbeType {
    STARTUP("Startup", "startup"),
    READINESS("Readiness", "readiness"),
    LIVENESS("Liveness", "liveness");

    private final String title;
    private final String key;

    ProbeType(String title, String key) {
        this.title = title;
        this.key = key;
    }

    /** The name in event messages: {@code Liveness}. */
    String title() {
        return title;
    }

    /** The name in the {@code pilothouse.io/probe-failures} annotation: {@code liveness}. */
    String key() {
        return key;
    }

    /** The container's probe of this type, or {@code null}. */
    Probe of(Container container) {
        return switch (this) {
            case STARTUP -> container.getStartupProbe();
            case READINESS -> container.getReadinessProbe();
            case LIVENESS -> container.getLivenessProbe();
        };
    }

    /** The type named {@code key} in the annotation, or {@code null}. */
    static ProbeType byKey(String key) {
        for (ProbeType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        return null;
    }
}
