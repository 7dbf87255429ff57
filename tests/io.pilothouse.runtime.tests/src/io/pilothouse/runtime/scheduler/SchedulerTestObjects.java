package io.pilothouse.runtime.scheduler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;

/** Objects for the scheduler tests, written as YAML. */
public final class SchedulerTestObjects {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    private SchedulerTestObjects() {}

    /** The objects of a YAML text. */
    public static List<EObject> objects(String yaml) {
        LoadResult result = LOADER.loadText(yaml, "test.yaml");
        if (result.hasErrors()) {
            throw new IllegalArgumentException("bad test YAML: " + result + "\n" + yaml);
        }
        return result.objects();
    }

    /** The objects of a fixture under {@code resources/scheduler/}. */
    public static List<EObject> fixture(String name) {
        try (InputStream in = SchedulerTestObjects.class.getResourceAsStream("/scheduler/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return objects(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pod from the YAML of its spec (indented by 2), in namespace default with a uid. */
    public static Pod pod(String name, String spec) {
        Pod pod = (Pod) objects("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"" + name + "\""
                + "\n  namespace: default\n  uid: uid-" + name + "\nspec:\n" + spec).get(0);
        return pod;
    }

    /** A pod with one container named {@code c} and the given requests ({@code cpu: 1} style, or empty). */
    public static Pod podRequesting(String name, String requests) {
        String resources = requests.isEmpty() ? "" : "\n    resources:\n      requests: {" + requests + "}";
        return pod(name, "  containers:\n  - name: c\n    image: nginx" + resources);
    }

    /** A node from the YAML of its body after the name (spec, status, labels...) at the top level of the object. */
    public static Node node(String name, String body) {
        return (Node) objects("apiVersion: v1\nkind: Node\nmetadata:\n  name: \"" + name + "\"\n" + body).get(0);
    }

    /** A node with allocatable cpu, memory and pods. */
    public static Node nodeWith(String name, String cpu, String memory, int pods) {
        return node(name, "status:\n  allocatable: {cpu: \"" + cpu + "\", memory: \"" + memory + "\", pods: \"" + pods
                + "\"}\n");
    }

    /** The node info of a node with pods on it. */
    public static NodeInfo nodeInfo(Node node, Pod... pods) {
        Snapshot snapshot = new Snapshot();
        snapshot.putNode(node);
        for (Pod pod : pods) {
            snapshot.addPod(PodInfo.of(pod), node.getMetadata().getName());
        }
        return snapshot.get(node.getMetadata().getName());
    }
}
