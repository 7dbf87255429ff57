package io.pilothouse.runtime.scheduler.framework;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.PodSpec;

/**
 * A host port a pod takes: its host IP ({@value #ANY_IP} when unset), protocol ({@code TCP} when unset) and number.
 *
 * @param ip       the host IP
 * @param protocol the protocol
 * @param port     the port number
 */
public record HostPort(String ip, String protocol, int port) {

    /** The host IP of a port bound on every address. */
    public static final String ANY_IP = "0.0.0.0";

    /** Whether this port and another cannot both be taken on one node: same protocol and number, IPs overlapping. */
    public boolean conflicts(HostPort other) {
        return port == other.port && protocol.equals(other.protocol)
                && (ip.equals(other.ip) || ANY_IP.equals(ip) || ANY_IP.equals(other.ip));
    }

    /** The host ports of a pod's containers and sidecars, in container order. */
    public static List<HostPort> of(PodSpec spec) {
        List<HostPort> ports = new ArrayList<>();
        for (Container init : spec.getInitContainers()) {
            if ("Always".equals(init.getRestartPolicy())) {
                collect(init, ports);
            }
        }
        for (Container container : spec.getContainers()) {
            collect(container, ports);
        }
        return ports;
    }

    private static void collect(Container container, List<HostPort> ports) {
        for (ContainerPort port : container.getPorts()) {
            if (port.getHostPort() != null && port.getHostPort() > 0) {
                String ip = port.getHostIP() == null || port.getHostIP().isEmpty() ? ANY_IP : port.getHostIP();
                String protocol = port.getProtocol() == null || port.getProtocol().isEmpty()
                        ? "TCP"
                        : port.getProtocol();
                ports.add(new HostPort(ip, protocol, port.getHostPort()));
            }
        }
    }
}
