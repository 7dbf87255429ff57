package io.pilothouse.cli.auth;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.cli.Main;
import io.pilothouse.cli.validate.InputFiles;
import io.pilothouse.cli.validate.InputFiles.Input;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.GroupResource;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.apply.AppliedObject;
import io.pilothouse.runtime.api.apply.ManifestApply;
import io.pilothouse.runtime.api.rbac.Attributes;
import io.pilothouse.runtime.api.rbac.AuthorizedStore;
import io.pilothouse.runtime.api.rbac.ClusterRoleAggregationController;
import io.pilothouse.runtime.api.rbac.Decision;
import io.pilothouse.runtime.api.rbac.RbacBootstrap;
import io.pilothouse.runtime.api.rbac.UserInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse auth can-i}: whether a user may do something, by the RBAC objects of manifests (applied with the
 * bootstrap policy to a fresh cluster). Prints {@code yes} or {@code no} as {@code kubectl auth can-i} does, with
 * exit code 0 for yes, 1 for no and 2 for a usage or I/O error; with {@code --list}, kubectl's table of everything
 * the user may do in the namespace ({@link AccessList}).
 */
@Command(name = "can-i", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Check whether an action is allowed by the RBAC objects of manifests.",
                "VERB is a verb (get, list, create, ...); TYPE is a resource type, TYPE/NAME an object of it, "
                        + "or a non-resource URL starting with /.",
                "PATH is a file, a directory (walked for .yaml, .yml and .json files) or - for standard input.",
                "With --list, prints the table of every action the user may do in the namespace."})
public final class CanICommand implements Callable<Integer> {

    private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ARG", arity = "1..*",
            description = "VERB TYPE[/NAME]|URL PATH..., or PATH... with --list.")
    private List<String> arguments;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", defaultValue = "default",
            description = "The namespace of the request (default: ${DEFAULT-VALUE}).")
    private String namespace;

    @Option(names = {"-A", "--all-namespaces"}, description = "Ask for all namespaces (cluster scope).")
    private boolean allNamespaces;

    @Option(names = "--subresource", paramLabel = "SUBRESOURCE", defaultValue = "",
            description = "The subresource (log, scale, status, ...).")
    private String subresource;

    @Option(names = "--as", paramLabel = "USER", required = true,
            description = "The user, or system:serviceaccount:NAMESPACE:NAME for a service account.")
    private String user;

    @Option(names = "--as-group", paramLabel = "GROUP", description = "A group of the user (repeatable).")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--list", description = "Print every action the user may do in the namespace.")
    private boolean list;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing; only the exit code answers.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print the reason of the decision on standard error.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageError();
        if (usage != null) {
            err.println("error: " + usage);
            return Main.USAGE_ERROR;
        }
        Cluster cluster = new Cluster();
        RbacBootstrap.install(cluster.store());
        cluster.add(new ClusterRoleAggregationController());
        try {
            List<EObject> objects = new ArrayList<>();
            ManifestLoader loader = new ManifestLoader(KindRegistry.builtIn());
            for (Input input : InputFiles.expand(list ? arguments : arguments.subList(2, arguments.size()))) {
                (input.isStdin() ? loader.load(System.in, input.name()) : loader.load(input.path())).objects()
                        .stream().filter(CanICommand::rbacOrNamespace).forEach(objects::add);
            }
            new ManifestApply(cluster.store(), null).apply(objects).stream()
                    .filter(applied -> applied.outcome() == AppliedObject.Outcome.FAILED)
                    .forEach(applied -> err.println("Error from server: " + applied));
        } catch (IOException e) {
            err.println("pilothouse auth can-i: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        cluster.settle();
        AuthorizedStore requests = new AuthorizedStore(cluster.store(), UserInfo.impersonated(user, groups));
        if (list) {
            out.print(AccessList.of(requests.rulesReview(namespace)));
            out.flush();
            return 0;
        }
        Decision decision = requests.authorize(request(err));
        if (!quiet) {
            out.println(decision.allowed() || decision.reason().isEmpty()
                    ? answer(decision)
                    : answer(decision) + " - " + decision.reason());
        }
        if (verbose && !decision.reason().isEmpty()) {
            err.println(decision.reason());
        }
        out.flush();
        return decision.allowed() ? 0 : 1;
    }

    /** kubectl's checks of the arguments, or {@code null} when they fit. */
    private String usageError() {
        if (list) {
            return quiet || allNamespaces || !subresource.isEmpty()
                    ? "list option can't be specified with neither quiet, all-namespaces nor subresource options"
                    : null;
        }
        return arguments.size() < 3
                ? "you must specify two arguments: verb resource or verb resource/resourceName, and a PATH"
                : null;
    }

    private Attributes request(PrintWriter err) {
        String verb = arguments.get(0);
        String target = arguments.get(1);
        if (target.startsWith("/")) {
            return Attributes.nonResource(verb, target);
        }
        int slash = target.indexOf('/');
        String type = slash < 0 ? target : target.substring(0, slash);
        String name = slash < 0 ? "" : target.substring(slash + 1);
        GroupResource resource = ResourceTypes.resolve(type);
        if (resource == null) {
            err.println("Warning: the server doesn't have a resource type '" + type + "'");
            int dot = type.indexOf('.');
            resource = dot < 0
                    ? new GroupResource("", type)
                    : new GroupResource(type.substring(dot + 1), type.substring(0, dot));
        }
        return Attributes.resource(verb, allNamespaces ? "" : namespace, resource.group(), resource.resource(),
                subresource, name);
    }

    private static String answer(Decision decision) {
        return decision.allowed() ? "yes" : "no";
    }

    private static boolean rbacOrNamespace(EObject object) {
        KindInfo info = KindInfo.of(object.eClass());
        return info.gvk().group().equals(RBAC_GROUP) || info.gvk().kind().equals("Namespace") && info.gvk().group()
                .isEmpty();
    }
}
