package io.pilothouse.runtime.kubelet;

import java.time.Duration;
import java.time.Instant;

import io.pilothouse.model.k8s.core.v1.Probe;

/** The prober's worker for one probe of one running container: when it probes next and what it concluded. */
final class ProbeState {

    final ProbeType type;
    final Probe probe;
    Instant nextAt;
    int successes;
    int failures;
    boolean result;

    ProbeState(ProbeType type, Probe probe, Instant firstAt) {
        this.type = type;
        this.probe = probe;
        this.nextAt = firstAt;
        this.result = type == ProbeType.LIVENESS;
    }

    static Duration initialDelay(Probe probe) {
        return Duration.ofSeconds(valueOr(probe.getInitialDelaySeconds(), 0));
    }

    Duration period() {
        return Duration.ofSeconds(valueOr(probe.getPeriodSeconds(), 10));
    }

    int successThreshold() {
        return valueOr(probe.getSuccessThreshold(), 1);
    }

    int failureThreshold() {
        return valueOr(probe.getFailureThreshold(), 3);
    }

    /** Records a probe result; returns {@code true} when the failure threshold was just reached. */
    boolean record(boolean success) {
        nextAt = nextAt.plus(period());
        if (success) {
            failures = 0;
            successes++;
            if (successes >= successThreshold()) {
                result = true;
            }
            return false;
        }
        successes = 0;
        failures++;
        if (failures >= failureThreshold()) {
            result = false;
            return failures == failureThreshold() || type == ProbeType.READINESS;
        }
        return false;
    }

    /** The output of a failed probe, as upstream's probers write it. */
    String failureOutput(String podIP) {
        if (probe.getHttpGet() != null) {
            return "HTTP probe failed with statuscode: 500";
        }
        if (probe.getTcpSocket() != null) {
            return "dial tcp " + podIP + ":" + probe.getTcpSocket().getPort() + ": connect: connection refused";
        }
        if (probe.getGrpc() != null) {
            return "service unhealthy (responded with \"NOT_SERVING\")";
        }
        return "";
    }

    private static int valueOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
