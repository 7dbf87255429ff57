package io.pilothouse.cli.explain;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.pilothouse.cli.preview.ManifestPreview;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSchedulingGate;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.preview.PreviewCluster;
import io.pilothouse.runtime.scheduler.SchedulingAttempt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse explain pod}: previews manifests as {@code pilothouse preview} does and prints the latest
 * scheduling attempt of one pod: each evaluated node's Filter outcome per plugin, each scored node's scores per
 * plugin, the FailedScheduling message and what preemption did. Exit code 0, 1 when the pod does not exist or was
 * never attempted, 2 for a usage or I/O error or invalid input.
 */
@Command(name = "pod", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Explain the latest scheduling attempt of a pod of manifests previewed in virtual time.",
                "PATH is a file, a directory (walked for .yaml, .yml and .json files) or - for standard input "
                        + "(the default)."})
public final class ExplainPodCommand implements Callable<Integer> {

    /** The output formats. */
    enum Output {
        table, json
    }

    private static final String COMMAND = "pilothouse explain pod";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAMESPACE/NAME", description = "The pod.")
    private String pod;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "Files, directories or - for standard input.")
    private List<String> paths = List.of("-");

    @Option(names = "--until", paramLabel = "DURATION",
            description = "Virtual time to run on for after the cluster settles (Go syntax: 90s, 5m).")
    private String until;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Output output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String[] key = pod.split("/", -1);
        if (key.length != 2 || key[0].isEmpty() || key[1].isEmpty()) {
            err.println(COMMAND + ": the pod must be given as NAMESPACE/NAME, not \"" + pod + "\"");
            return 2;
        }
        PreviewCluster preview;
        try {
            preview = ManifestPreview.run(COMMAND, paths, until, err).cluster();
        } catch (ManifestPreview.Failure e) {
            return 2;
        }
        Pod found;
        try {
            found = preview.get(CoreV1Package.Literals.POD, key[0], key[1]);
        } catch (ApiException e) {
            err.println(COMMAND + ": pod " + pod + " not found");
            return 1;
        }
        Optional<SchedulingAttempt> attempt = preview.schedulingExplanations().latest(pod);
        if (attempt.isEmpty()) {
            err.println(COMMAND + ": pod " + pod + " was never attempted by the scheduler: "
                    + whyNotAttempted(preview, found));
            return 1;
        }
        PodExplanation explanation = PodExplanation.of(attempt.get(), found);
        PrintWriter out = spec.commandLine().getOut();
        out.print(output == Output.json ? AttemptJson.of(explanation) : AttemptText.of(explanation));
        out.flush();
        return 0;
    }

    private static String whyNotAttempted(PreviewCluster preview, Pod pod) {
        String nodeName = pod.getSpec().getNodeName();
        if (nodeName != null && !nodeName.isEmpty()) {
            return "spec.nodeName binds it to node " + nodeName;
        }
        for (Event event : preview.events()) {
            if ("SchedulerNotFound".equals(event.getReason()) && "Pod".equals(event.getRegarding().getKind())
                    && pod.getMetadata().getNamespace().equals(event.getRegarding().getNamespace())
                    && pod.getMetadata().getName().equals(event.getRegarding().getName())) {
                return event.getNote();
            }
        }
        List<String> gates = pod.getSpec().getSchedulingGates().stream().map(PodSchedulingGate::getName).toList();
        if (!gates.isEmpty()) {
            return "it waits for its scheduling gates " + String.join(", ", gates);
        }
        return "it is still waiting in the scheduling queue";
    }
}
