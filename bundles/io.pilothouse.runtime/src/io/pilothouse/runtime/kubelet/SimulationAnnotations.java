package io.pilothouse.runtime.kubelet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.model.types.Quantity;

/**
 * Reads the {@code pilothouse.io/} annotations that tell the simulated kubelet how a pod's containers behave (see
 * docs/simulation.md). A per-container annotation holds one value for every container ({@code 2m}) or
 * {@code name=value} pairs ({@code app=2m,sidecar=forever}). A value that does not parse is ignored with a warning
 * naming the annotation; nothing here throws.
 */
final class SimulationAnnotations {

    static final String PREFIX = "pilothouse.io/";
    static final String RUN_DURATION = PREFIX + "run-duration";
    static final String EXIT_CODE = PREFIX + "exit-code";
    static final String READY_AFTER = PREFIX + "ready-after";
    static final String START_DELAY = PREFIX + "start-delay";
    static final String IMAGE_PULL_DURATION = PREFIX + "image-pull-duration";
    static final String PRESTOP_DURATION = PREFIX + "prestop-duration";
    static final String PROBE_FAILURES = PREFIX + "probe-failures";
    static final String CPU_USAGE = PREFIX + "cpu-usage";
    static final String MEMORY_USAGE = PREFIX + "memory-usage";

    /** How long a container of a Job's pod runs when no run duration is given. */
    static final Duration JOB_RUN_DURATION = Duration.ofSeconds(10);

    private static final String FOREVER = "forever";

    private final Map<String, String> annotations;
    private final Set<String> containerNames;
    private final List<String> warnings = new ArrayList<>();

    private SimulationAnnotations(Map<String, String> annotations, Set<String> containerNames) {
        this.annotations = annotations;
        this.containerNames = containerNames;
    }

    /** The behaviour of the pod's containers and the warnings about its annotations. */
    static PodBehaviour read(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations().map();
        Set<String> names = new TreeSet<>();
        pod.getSpec().getInitContainers().forEach(container -> names.add(container.getName()));
        pod.getSpec().getContainers().forEach(container -> names.add(container.getName()));
        SimulationAnnotations reader = new SimulationAnnotations(annotations, names);
        boolean job = pod.getMetadata().getOwnerReferences().stream().map(OwnerReference::getKind)
                .anyMatch("Job"::equals);
        Duration defaultRun = job ? JOB_RUN_DURATION : null;
        Map<String, ContainerBehaviour> behaviours = new LinkedHashMap<>();
        Map<String, Duration> run = reader.perContainer(RUN_DURATION, SimulationAnnotations::runDuration);
        Map<String, Integer> exit = reader.perContainer(EXIT_CODE, SimulationAnnotations::exitCode);
        Map<String, Duration> ready = reader.perContainer(READY_AFTER, SimulationAnnotations::duration);
        Map<String, Duration> start = reader.perContainer(START_DELAY, SimulationAnnotations::duration);
        Map<String, Duration> pull = reader.perContainer(IMAGE_PULL_DURATION, SimulationAnnotations::duration);
        Map<String, Duration> preStop = reader.perContainer(PRESTOP_DURATION, SimulationAnnotations::duration);
        Map<String, Quantity> cpu = reader.perContainer(CPU_USAGE, Quantity::valueOf);
        Map<String, Quantity> memory = reader.perContainer(MEMORY_USAGE, Quantity::valueOf);
        for (String name : names) {
            behaviours.put(name, new ContainerBehaviour(run.containsKey(name) ? run.get(name) : defaultRun,
                    exit.getOrDefault(name, 0), ready.getOrDefault(name, Duration.ZERO),
                    start.getOrDefault(name, Duration.ZERO), pull.getOrDefault(name, Duration.ZERO),
                    preStop.getOrDefault(name, Duration.ZERO), cpu.get(name), memory.get(name)));
        }
        return new PodBehaviour(behaviours, reader.probeFailures(), List.copyOf(reader.warnings));
    }

    private <T> Map<String, T> perContainer(String annotation, Function<String, T> parser) {
        Map<String, T> values = new LinkedHashMap<>();
        String text = annotations.get(annotation);
        if (text == null) {
            return values;
        }
        if (!text.contains("=")) {
            T value = parse(annotation, text.trim(), parser);
            if (value != null) {
                containerNames.forEach(name -> values.put(name, value));
            }
            return values;
        }
        for (String entry : text.split(",")) {
            int equals = entry.indexOf('=');
            String name = equals < 0 ? "" : entry.substring(0, equals).trim();
            if (!containerNames.contains(name)) {
                warn(annotation, entry.trim(), "no container named \"" + name + "\"");
                continue;
            }
            T value = parse(annotation, entry.substring(equals + 1).trim(), parser);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    private Map<ProbeType, ProbeFailures> probeFailures() {
        Map<ProbeType, ProbeFailures> failures = new EnumMap<>(ProbeType.class);
        String text = annotations.get(PROBE_FAILURES);
        if (text == null) {
            return failures;
        }
        for (String entry : text.split(",")) {
            int equals = entry.indexOf('=');
            ProbeType type = equals < 0 ? null : ProbeType.byKey(entry.substring(0, equals).trim());
            if (type == null) {
                warn(PROBE_FAILURES, entry.trim(), "expected startup, readiness or liveness=<count> or =after:<d>");
                continue;
            }
            ProbeFailures value = parse(PROBE_FAILURES, entry.substring(equals + 1).trim(),
                    SimulationAnnotations::failures);
            if (value != null) {
                failures.put(type, value);
            }
        }
        return failures;
    }

    private <T> T parse(String annotation, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            warn(annotation, text, e.getMessage());
            return null;
        }
    }

    private void warn(String annotation, String value, String problem) {
        warnings.add("invalid value \"" + value + "\" in annotation " + annotation + ": " + problem);
    }

    private static Duration runDuration(String text) {
        return FOREVER.equals(text) ? null : duration(text);
    }

    private static Duration duration(String text) {
        Duration duration = io.pilothouse.model.types.Duration.valueOf(text).toJavaDuration();
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
        return duration;
    }

    private static int exitCode(String text) {
        int code = Integer.parseInt(text);
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("an exit code is between 0 and 255");
        }
        return code;
    }

    private static ProbeFailures failures(String text) {
        if (text.startsWith("after:")) {
            return new ProbeFailures(0, duration(text.substring("after:".length())));
        }
        int count = Integer.parseInt(text);
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        return new ProbeFailures(count, null);
    }

    /** What the annotations of a pod say, and what was wrong with them. */
    record PodBehaviour(Map<String, ContainerBehaviour> containers, Map<ProbeType, ProbeFailures> probes,
            List<String> warnings) {

        /** The behaviour of the named container. */
        ContainerBehaviour container(Container container) {
            return containers.get(container.getName());
        }

        /** When the probes of a type fail. */
        ProbeFailures probeFailures(ProbeType type) {
            return probes.getOrDefault(type, ProbeFailures.NONE);
        }
    }
}
