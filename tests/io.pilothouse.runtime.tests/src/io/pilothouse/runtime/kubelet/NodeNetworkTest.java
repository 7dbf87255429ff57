package io.pilothouse.runtime.kubelet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeNetworkTest {

    @ParameterizedTest
    @CsvSource({
            "0, 172.18.0.2, 10.244.0.2",
            "253, 172.18.0.255, 10.244.253.2",
            "254, 172.18.1.0, 10.244.254.2",
            "255, 172.18.1.1, 10.244.255.2",
            "256, 172.18.1.2, 10.245.0.2",
            "999, 172.18.3.233, 10.247.231.2"})
    void theNthNodeWithoutAddressesGetsKindsAddressesContinuedPastTheFirstBlock(int index, String hostIP,
            String firstPodIP) {
        NodeNetwork network = new NodeNetwork(index, null, null);

        assertEquals(hostIP, network.hostIP());
        assertEquals(firstPodIP, network.allocate());
    }

    @ParameterizedTest
    @CsvSource({"10.1.2.0/24, 192.168.0.7, 192.168.0.7, 10.1.2.2", "10.9.0.0/16, , 172.18.0.2, 10.9.0.2"})
    void thePodCidrAndInternalIpOfTheNodeComeFirst(String podCIDR, String internalIP, String hostIP,
            String firstPodIP) {
        NodeNetwork network = new NodeNetwork(0, podCIDR, internalIP);

        assertEquals(hostIP, network.hostIP());
        assertEquals(firstPodIP, network.allocate());
    }
}
