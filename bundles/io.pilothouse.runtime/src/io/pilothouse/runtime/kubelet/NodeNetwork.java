package io.pilothouse.runtime.kubelet;

import java.util.TreeSet;

/**
 * The addresses of one simulated node: its host IP and the pod IPs of its pod CIDR. The node numbered {@code n}
 * (in the order the kubelet first saw the nodes) defaults to host IP {@code 172.18.0.<n+2>} and pod CIDR
 * {@code 10.244.<n>.0/24}, as a kind cluster has them; past the 254th node the host IPs go on in
 * {@code 172.18.0.0/16} ({@code 172.18.1.0} for n = 254) and past the 256th the pod CIDRs in the next /24s
 * ({@code 10.245.0.0/24} for n = 256). Pod IPs are handed out lowest free first from the CIDR's
 * second address ({@code .2}: the first is the bridge's), and come back when a pod's sandbox goes away.
 */
final class NodeNetwork {

    private final String hostIP;
    private final long base;
    private final long size;
    private final TreeSet<Long> used = new TreeSet<>();

    private static final long DEFAULT_HOST_NETWORK = 172L << 24 | 18 << 16;
    private static final long DEFAULT_POD_NETWORK = 10L << 24 | 244 << 16;
    private static final long DEFAULT_POD_CIDR_SIZE = 256;

    NodeNetwork(int index, String podCIDR, String internalIP) {
        this.hostIP = internalIP != null ? internalIP : format(DEFAULT_HOST_NETWORK + index + 2);
        long[] cidr = parse(podCIDR);
        if (cidr == null) {
            cidr = new long[] {DEFAULT_POD_NETWORK + index * DEFAULT_POD_CIDR_SIZE, DEFAULT_POD_CIDR_SIZE};
        }
        this.base = cidr[0];
        this.size = cidr[1];
    }

    String hostIP() {
        return hostIP;
    }

    /** The lowest free pod IP, or {@code null} when the CIDR is full. */
    String allocate() {
        for (long offset = 2; offset < size - 1; offset++) {
            if (used.add(offset)) {
                return format(base + offset);
            }
        }
        return null;
    }

    void release(String ip) {
        long[] parsed = ip == null ? null : parse(ip + "/32");
        if (parsed != null) {
            used.remove(parsed[0] - base);
        }
    }

    /** {address, size} of an IPv4 CIDR, or {@code null} when the text is not one. */
    private static long[] parse(String cidr) {
        if (cidr == null) {
            return null;
        }
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        if (parts.length != 2 || octets.length != 4) {
            return null;
        }
        try {
            long address = 0;
            for (String octet : octets) {
                int value = Integer.parseInt(octet);
                if (value < 0 || value > 255) {
                    return null;
                }
                address = address << 8 | value;
            }
            int prefix = Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > 32) {
                return null;
            }
            long size = 1L << (32 - prefix);
            return new long[] {address & ~(size - 1), size};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }
}
