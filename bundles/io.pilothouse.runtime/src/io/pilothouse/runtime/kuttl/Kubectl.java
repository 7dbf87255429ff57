package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ServedKinds;
import io.pilothouse.runtime.api.patch.PatchType;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * The kubectl commands a test step may run, interpreted in-process against the case's cluster, with kubectl's
 * output and exit status. A command that waits ({@code drain}, {@code delete}) advances the cluster's virtual time
 * one second at a time, and is killed at its deadline as KUTTL kills a command at its timeout. A TYPE is a kind
 * ({@code deployment}), its resource ({@code deployments}, {@code deployments.apps}) or kubectl's short name
 * ({@code deploy}); {@code TYPE/NAME} may stand for {@code TYPE NAME}.
 */
final class Kubectl {

    /** The supported command lines. */
    static final List<String> SUPPORTED = List.of("kubectl cordon NODE", "kubectl uncordon NODE",
            "kubectl drain NODE [--ignore-daemonsets] [--delete-emptydir-data] [--force] [--timeout DURATION]",
            "kubectl delete TYPE NAME [-n NAMESPACE] [--ignore-not-found]",
            "kubectl scale TYPE NAME --replicas=COUNT [-n NAMESPACE]",
            "kubectl patch TYPE NAME [-n NAMESPACE] [--type strategic|merge] -p PATCH");

    /**
     * How a command ended.
     *
     * @param exitCode kubectl's exit status
     * @param output   what it wrote, standard output and standard error in the order written
     * @param killed   whether it was still running at its deadline
     */
    record Outcome(int exitCode, String output, boolean killed) {}

    /** A command kubectl refuses itself, before it calls the API, with its error line. */
    private static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        Refusal(String line) {
            super(line);
        }
    }

    /** How often a waiting command looks again, as kubectl's polls. */
    static final Duration TICK = Duration.ofSeconds(1);

    private static final String NAMESPACE = "namespace";
    private static final int NOT_FOUND = 404;
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("cj", "cronjobs"),
            Map.entry("cm", "configmaps"), Map.entry("deploy", "deployments"), Map.entry("ds", "daemonsets"),
            Map.entry("hpa", "horizontalpodautoscalers"), Map.entry("no", "nodes"), Map.entry("ns", "namespaces"),
            Map.entry("pdb", "poddisruptionbudgets"), Map.entry("po", "pods"),
            Map.entry("pvc", "persistentvolumeclaims"), Map.entry("quota", "resourcequotas"),
            Map.entry("rs", "replicasets"), Map.entry("sa", "serviceaccounts"), Map.entry("sts", "statefulsets"),
            Map.entry("svc", "services"));
    private static final Map<String, EClass> TYPES = types();

    private final PreviewCluster cluster;
    private final String namespace;
    private final StringBuilder output = new StringBuilder();

    /** A kubectl whose current namespace is the given one. */
    Kubectl(PreviewCluster cluster, String namespace) {
        this.cluster = cluster;
        this.namespace = namespace;
    }

    /**
     * Runs a command line.
     *
     * @param deadline the virtual instant at which a waiting command is killed
     * @throws KubectlArgs.UsageException when the command is not one of {@link #SUPPORTED} or uses another flag
     */
    Outcome run(List<String> words, Instant deadline) throws KubectlArgs.UsageException {
        if (words.size() < 2 || !words.get(0).equals("kubectl")) {
            throw new KubectlArgs.UsageException("not a kubectl command");
        }
        List<String> rest = words.subList(2, words.size());
        try {
            return switch (words.get(1)) {
                case "cordon", "uncordon" -> cordon(words.get(1), node(rest, Set.of(), Set.of()));
                case "drain" -> new KubectlDrain(cluster, this).run(node(rest, KubectlDrain.FLAGS,
                        Set.of(KubectlDrain.TIMEOUT)), deadline);
                case "delete" -> delete(named(rest, Set.of("ignore-not-found"), Set.of()), deadline);
                case "scale" -> scale(named(rest, Set.of(), Set.of("replicas")));
                case "patch" -> patch(named(rest, Set.of(), Set.of("type", "patch")));
                default -> throw new KubectlArgs.UsageException("kubectl " + words.get(1) + " is not supported");
            };
        } catch (Refusal e) {
            return fail(e.getMessage());
        } catch (ApiException e) {
            return fail("Error from server (" + e.reason() + "): " + e.getMessage());
        }
    }

    /** Appends a line to the output. */
    void print(String line) {
        output.append(line).append('\n');
    }

    /** The outcome so far, with an exit status. */
    Outcome exit(int exitCode) {
        return new Outcome(exitCode, output.toString(), false);
    }

    /** The outcome of a command still running at its deadline. */
    Outcome killed() {
        return new Outcome(-1, output.toString(), true);
    }

    /** kubectl's way to name an object: {@code deployment.apps/web}, {@code node/worker-a}. */
    static String resourceName(EClass kind, String name) {
        return typeName(kind) + "/" + name;
    }

    private Outcome fail(String line) {
        print(line);
        return exit(1);
    }

    private Outcome cordon(String verb, KubectlArgs args) {
        String node = args.arguments().get(0);
        boolean changed = setUnschedulable(node, verb.equals("cordon"));
        print(resourceName(CoreV1Package.Literals.NODE, node) + (changed ? " " : " already ") + verb + "ed");
        return exit(0);
    }

    /**
     * Sets or clears {@code spec.unschedulable} with the strategic merge patch kubectl sends.
     *
     * @return whether the node changed
     */
    boolean setUnschedulable(String node, boolean desired) {
        Node current = cluster.get(CoreV1Package.Literals.NODE, null, node);
        boolean unschedulable = current.getSpec() != null && Boolean.TRUE.equals(current.getSpec().getUnschedulable());
        if (unschedulable == desired) {
            return false;
        }
        cluster.patch(CoreV1Package.Literals.NODE, null, node, PatchType.STRATEGIC_MERGE,
                "{\"spec\":{\"unschedulable\":" + (desired ? "true" : "null") + "}}");
        return true;
    }

    private Outcome delete(Target target, Instant deadline) {
        EObject deleted;
        try {
            deleted = cluster.store().get(target.kind(), target.namespace(), target.name());
            cluster.delete(target.kind(), target.namespace(), target.name());
        } catch (ApiException e) {
            if (e.code() == NOT_FOUND && target.args().isSet("ignore-not-found")) {
                return exit(0);
            }
            throw e;
        }
        String where = target.namespace() == null ? "" : " from " + target.namespace() + " namespace";
        print(typeName(target.kind()) + " \"" + target.name() + "\" deleted" + where);
        String uid = KindInfo.of(target.kind()).metadata(deleted).getUid();
        while (exists(target, uid)) {
            if (!cluster.clock().now().isBefore(deadline)) {
                return killed();
            }
            cluster.advance(TICK);
        }
        return exit(0);
    }

    private boolean exists(Target target, String uid) {
        try {
            EObject object = cluster.get(target.kind(), target.namespace(), target.name());
            return uid.equals(KindInfo.of(target.kind()).metadata(object).getUid());
        } catch (ApiException e) {
            if (e.code() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private Outcome scale(Target target) {
        String replicas = target.args().flags().getOrDefault("replicas", "");
        if (!replicas.matches("\\d{1,9}")) {
            return fail("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        EStructuralFeature spec = target.kind().getEStructuralFeature("spec");
        if (!(spec instanceof EReference reference)
                || reference.getEReferenceType().getEStructuralFeature("replicas") == null) {
            return fail("Error from server (NotFound): the server could not find the requested resource");
        }
        cluster.patch(target.kind(), target.namespace(), target.name(), PatchType.JSON_MERGE,
                "{\"spec\":{\"replicas\":" + Integer.parseInt(replicas) + "}}");
        print(resourceName(target.kind(), target.name()) + " scaled");
        return exit(0);
    }

    private Outcome patch(Target target) throws KubectlArgs.UsageException {
        String type = target.args().flags().getOrDefault("type", "strategic");
        PatchType patchType = switch (type) {
            case "strategic" -> PatchType.STRATEGIC_MERGE;
            case "merge" -> PatchType.JSON_MERGE;
            default -> throw new KubectlArgs.UsageException("--type " + type + " is not supported");
        };
        String patch = target.args().flags().get("patch");
        if (patch == null) {
            return fail("error: must specify --patch or --patch-file containing the contents of the patch");
        }
        String before = version(cluster.get(target.kind(), target.namespace(), target.name()), target.kind());
        EObject patched = cluster.patch(target.kind(), target.namespace(), target.name(), patchType, patch);
        boolean unchanged = before.equals(version(patched, target.kind()));
        print(resourceName(target.kind(), target.name()) + " patched" + (unchanged ? " (no change)" : ""));
        return exit(0);
    }

    private static String version(EObject object, EClass kind) {
        return KindInfo.of(kind).metadata(object).getResourceVersion();
    }

    /** The object a command names, with the command's flags. */
    private record Target(EClass kind, String namespace, String name, KubectlArgs args) {}

    private Target named(List<String> words, Set<String> booleans, Set<String> valued)
            throws KubectlArgs.UsageException, Refusal {
        KubectlArgs args = KubectlArgs.parse(words, booleans, with(valued, NAMESPACE));
        List<String> arguments = args.arguments();
        if (arguments.size() == 1 && arguments.get(0).contains("/")) {
            String[] parts = arguments.get(0).split("/", 2);
            arguments = List.of(parts[0], parts[1]);
        }
        if (arguments.size() != 2) {
            throw new KubectlArgs.UsageException("expected TYPE NAME or TYPE/NAME, got " + arguments);
        }
        EClass kind = TYPES.get(arguments.get(0).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new Refusal("error: the server doesn't have a resource type \"" + arguments.get(0) + "\"");
        }
        String targetNamespace = KindInfo.of(kind).namespaced()
                ? args.flags().getOrDefault(NAMESPACE, namespace)
                : null;
        return new Target(kind, targetNamespace, arguments.get(1), args);
    }

    private static KubectlArgs node(List<String> words, Set<String> booleans, Set<String> valued)
            throws KubectlArgs.UsageException {
        KubectlArgs args = KubectlArgs.parse(words, booleans, with(valued, NAMESPACE));
        if (args.arguments().size() != 1) {
            throw new KubectlArgs.UsageException("expected one NODE, got " + args.arguments());
        }
        return args;
    }

    private static Set<String> with(Set<String> flags, String flag) {
        Set<String> all = new TreeSet<>(flags);
        all.add(flag);
        return all;
    }

    private static String typeName(EClass kind) {
        KindInfo info = KindInfo.of(kind);
        String lower = info.gvk().kind().toLowerCase(Locale.ROOT);
        return info.resource().group().isEmpty() ? lower : lower + "." + info.resource().group();
    }

    private static Map<String, EClass> types() {
        Map<String, EClass> types = new HashMap<>();
        for (EClass kind : ServedKinds.all()) {
            KindInfo info = KindInfo.of(kind);
            for (String name : List.of(info.gvk().kind().toLowerCase(Locale.ROOT), info.resource().resource(),
                    info.resource().toString(), typeName(kind))) {
                types.putIfAbsent(name, kind);
            }
        }
        SHORT_NAMES.forEach((shortName, resource) -> types.put(shortName, types.get(resource)));
        return Map.copyOf(types);
    }
}
