package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * The kubectl commands of a test step against {@code resources/kuttl/commands/} (a budgeted two-replica Deployment,
 * a DaemonSet, a ConfigMap, an unmanaged pod with an emptyDir on worker-a): exact output, exit status and virtual
 * time.
 */
class KubectlTest {

    private static final Path FIXTURES = SuiteReaderTest.KUTTL.resolve("commands");
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String VIOLATION = "error when evicting pods/\"web-57df4465c7-kwtzn\" -n \"default\" "
            + "(will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n";

    private final PreviewCluster cluster = cluster();

    private static PreviewCluster cluster() {
        PreviewCluster cluster = new PreviewCluster();
        for (String file : List.of("cluster.yaml", "scratch.yaml")) {
            cluster.apply(new ManifestLoader(KindRegistry.builtIn()).load(FIXTURES.resolve(file)).objects());
            cluster.settle();
        }
        return cluster;
    }

    private Kubectl.Outcome run(String line) throws KubectlArgs.UsageException {
        Kubectl.Outcome outcome = new Kubectl(cluster, "default").run(KubectlArgs.split(line, "default"),
                cluster.clock().now().plus(DEADLINE));
        cluster.settle();
        return outcome;
    }

    static Stream<Arguments> commands() {
        return Stream.of(Arguments.of(List.of("kubectl cordon worker-a"), 0, "node/worker-a cordoned\n"),
                Arguments.of(List.of("kubectl cordon worker-a", "kubectl cordon worker-a"), 0,
                        "node/worker-a already cordoned\n"),
                Arguments.of(List.of("kubectl cordon worker-a", "kubectl uncordon worker-a"), 0,
                        "node/worker-a uncordoned\n"),
                Arguments.of(List.of("kubectl uncordon worker-a"), 0, "node/worker-a already uncordoned\n"),
                Arguments.of(List.of("kubectl cordon nope"), 1,
                        "Error from server (NotFound): nodes \"nope\" not found\n"),
                Arguments.of(List.of("kubectl delete configmap settings"), 0,
                        "configmap \"settings\" deleted from default namespace\n"),
                Arguments.of(List.of("kubectl delete cm/settings", "kubectl delete cm/settings"), 1,
                        "Error from server (NotFound): configmaps \"settings\" not found\n"),
                Arguments.of(List.of("kubectl delete cm missing --ignore-not-found"), 0, ""),
                Arguments.of(List.of("kubectl delete frobs x"), 1,
                        "error: the server doesn't have a resource type \"frobs\"\n"),
                Arguments.of(List.of("kubectl delete pod -n $NAMESPACE scratch"), 0,
                        "pod \"scratch\" deleted from default namespace\n"),
                Arguments.of(List.of("kubectl scale deploy web --replicas=3"), 0, "deployment.apps/web scaled\n"),
                Arguments.of(List.of("kubectl scale configmap settings --replicas 1"), 1,
                        "Error from server (NotFound): the server could not find the requested resource\n"),
                Arguments.of(List.of("kubectl scale deployment web"), 1, "error: The --replicas=COUNT flag is "
                        + "required, and COUNT must be greater than or equal to 0\n"),
                Arguments.of(List.of("kubectl patch deployment web -p '{\"spec\":{\"replicas\":4}}'"), 0,
                        "deployment.apps/web patched\n"),
                Arguments.of(List.of("kubectl patch deployments.apps/web -p '{\"spec\":{\"replicas\":2}}'"), 0,
                        "deployment.apps/web patched (no change)\n"),
                Arguments.of(List.of("kubectl patch configmap settings --type=merge -p \"{\\\"data\\\":{}}\""), 0,
                        "configmap/settings patched (no change)\n"),
                Arguments.of(List.of("kubectl drain worker-a"), 1, """
                        node/worker-a cordoned
                        error: unable to drain node "worker-a" due to error: [cannot delete DaemonSet-managed Pods \
                        (use --ignore-daemonsets to ignore): default/agent-kmcgb, cannot delete Pods with local \
                        storage (use --delete-emptydir-data to override): default/scratch], continuing command...
                        There are pending nodes to be drained:
                         worker-a
                        [cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): \
                        default/agent-kmcgb, cannot delete Pods with local storage (use --delete-emptydir-data to \
                        override): default/scratch]
                        """),
                Arguments.of(List.of("kubectl drain worker-a --ignore-daemonsets --delete-emptydir-data"), 1, """
                        node/worker-a cordoned
                        error: unable to drain node "worker-a" due to error: cannot delete Pods that declare no \
                        controller (use --force to override): default/scratch, continuing command...
                        There are pending nodes to be drained:
                         worker-a
                        cannot delete Pods that declare no controller (use --force to override): default/scratch
                        """),
                Arguments.of(List.of("kubectl drain worker-a --ignore-daemonsets --delete-emptydir-data --force "
                        + "--timeout=6s"), 1, """
                                node/worker-a cordoned
                                Warning: deleting Pods that declare no controller: default/scratch
                                Warning: ignoring DaemonSet-managed Pods: default/agent-kmcgb
                                evicting pod default/scratch
                                evicting pod default/web-57df4465c7-kwtzn
                                """ + VIOLATION + """
                                pod/scratch evicted
                                evicting pod default/web-57df4465c7-kwtzn
                                """ + VIOLATION + """
                                evicting pod default/web-57df4465c7-kwtzn
                                There are pending pods in node "worker-a" when an error occurred: error when \
                                evicting pods/"web-57df4465c7-kwtzn" -n "default": global timeout reached: 6s
                                pod/web-57df4465c7-kwtzn
                                error: unable to drain node "worker-a" due to error: error when evicting \
                                pods/"web-57df4465c7-kwtzn" -n "default": global timeout reached: 6s, continuing \
                                command...
                                There are pending nodes to be drained:
                                 worker-a
                                error when evicting pods/"web-57df4465c7-kwtzn" -n "default": global timeout \
                                reached: 6s
                                """),
                Arguments.of(List.of("kubectl scale deployment web --replicas=3",
                        "kubectl drain worker-b --ignore-daemonsets"), 0, """
                                node/worker-b cordoned
                                Warning: ignoring DaemonSet-managed Pods: default/agent-bnx5m
                                evicting pod default/web-57df4465c7-5fpp4
                                pod/web-57df4465c7-5fpp4 evicted
                                node/worker-b drained
                                """));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void commandsPrintWhatKubectlPrints(List<String> lines, int exitCode, String output)
            throws KubectlArgs.UsageException {
        Kubectl.Outcome outcome = null;
        for (String line : lines) {
            outcome = run(line);
        }
        assertEquals(output, outcome.output());
        assertEquals(exitCode, outcome.exitCode());
    }

    @Test
    void aDrainTheBudgetBlocksIsKilledAtItsDeadline() throws KubectlArgs.UsageException {
        Instant start = cluster.clock().now();
        Kubectl.Outcome outcome = run("kubectl drain worker-a --ignore-daemonsets --delete-emptydir-data --force");
        assertEquals(List.of(true, DEADLINE), List.of(outcome.killed(), Duration.between(start,
                cluster.clock().now())));
        assertEquals(7, outcome.output().lines().filter(line -> (line + "\n").equals(VIOLATION)).count());
    }

    @Test
    void scaleAndPatchGoThroughTheJournal() throws KubectlArgs.UsageException {
        run("kubectl scale deployment web --replicas=3");
        cluster.restore(cluster.snapshot());
        Deployment web = cluster.get(AppsV1Package.Literals.DEPLOYMENT, "default", "web");
        assertEquals(3, web.getSpec().getReplicas());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kubectl get pods                           | kubectl get is not supported
            kubectl drain worker-a --grace-period 0    | unsupported flag --grace-period
            kubectl drain                              | expected one NODE, got []
            kubectl delete pod                         | expected TYPE NAME or TYPE/NAME, got [pod]
            kubectl patch cm settings --type json -p x | --type json is not supported
            kubectl drain worker-a --timeout soon      | invalid argument "soon" for "--timeout" flag: time: \
            invalid duration "soon"
            kubectl drain worker-a --force=yes         | invalid argument "yes" for "--force=yes" flag
            kubectl patch cm settings -p               | flag needs an argument: -p
            helm install web                           | not a kubectl command
            """)
    void commandsOutsideTheSupportedOnesAreRefused(String line, String message) {
        assertEquals(message, assertThrows(KubectlArgs.UsageException.class, () -> run(line)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kubectl drain  node-1                   | kubectl,drain,node-1
            kubectl patch x -p '{"a": "b c"}'       | kubectl,patch,x,-p,{"a": "b c"}
            a "b \\" c" d\\ e                       | a,b " c,d e
            kubectl -n $NAMESPACE x ${NAMESPACE}y   | kubectl,-n,test,x,testy
            '$NAMESPACE' "$NAMESPACE" $NAMESPACEx   | $NAMESPACE,test,$NAMESPACEx
            a '' b                                  | a,,b
            """)
    void commandLinesSplitAsAShellSplitsThem(String line, String words) throws KubectlArgs.UsageException {
        assertEquals(List.of(words.split(",", -1)), KubectlArgs.split(line, "test"));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertEquals("unterminated single quote",
                assertThrows(KubectlArgs.UsageException.class, () -> KubectlArgs.split("a 'b", "test"))
                        .getMessage());
    }
}
