package io.pilothouse.cli.explain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import io.pilothouse.cli.explain.PodExplanation.NodeFilter;
import io.pilothouse.runtime.scheduler.SchedulingAttempt;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.NodeScore;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.PluginScore;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.PluginStatus;
import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * The JSON form of an explanation: the same data as the text form, fields in a fixed order, indented by two spaces.
 * Codes are upstream's names ({@code Success}, {@code Unschedulable}, ...).
 */
final class AttemptJson {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private AttemptJson() {}

    static String of(PodExplanation explanation) {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
                .withArrayEmptySeparator("")).withObjectIndenter(INDENTER).withArrayIndenter(INDENTER);
        try (JsonGenerator json = new JsonFactory().createGenerator(text).setPrettyPrinter(printer)) {
            write(json, explanation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void write(JsonGenerator json, PodExplanation explanation) throws IOException {
        SchedulingAttempt attempt = explanation.attempt();
        json.writeStartObject();
        json.writeStringField("pod", attempt.podKey());
        json.writeStringField("profile", attempt.profile());
        json.writeNumberField("attempt", attempt.attempt());
        json.writeStringField("time", attempt.time().toString());
        json.writeNumberField("numAllNodes", attempt.numAllNodes());
        json.writeBooleanField("detailKept", explanation.detailKept());
        Status preFilter = attempt.preFilterStatus();
        json.writeFieldName("preFilter");
        status(json, preFilter.plugin(), preFilter.code(), preFilter.reasons());
        json.writeObjectFieldStart("filter");
        strings(json, "plugins", attempt.filterPlugins());
        json.writeArrayFieldStart("nodes");
        for (NodeFilter node : explanation.filter()) {
            json.writeStartObject();
            json.writeStringField("node", node.node());
            json.writeArrayFieldStart("plugins");
            for (PluginStatus status : node.statuses()) {
                status(json, status.plugin(), status.code(), status.reasons());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("scores");
        for (NodeScore score : explanation.scores()) {
            score(json, score, score.node().equals(attempt.chosenNode()));
        }
        json.writeEndArray();
        json.writeStringField("chosenNode", attempt.chosenNode());
        json.writeStringField("failedScheduling", attempt.message());
        PodExplanation.Preemption preemption = explanation.preemption();
        json.writeObjectFieldStart("preemption");
        json.writeStringField("outcome", preemption.outcome().name());
        json.writeStringField("nominatedNodeName", preemption.nominatedNode());
        json.writeStringField("message", preemption.message());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, NodeScore score, boolean chosen) throws IOException {
        json.writeStartObject();
        json.writeStringField("node", score.node());
        json.writeBooleanField("chosen", chosen);
        json.writeArrayFieldStart("plugins");
        for (PluginScore plugin : score.plugins()) {
            json.writeStartObject();
            json.writeStringField("plugin", plugin.plugin());
            json.writeNumberField("raw", plugin.raw());
            json.writeNumberField("normalized", plugin.normalized());
            json.writeNumberField("weight", plugin.weight());
            json.writeNumberField("weighted", plugin.weighted());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("total", score.total());
        json.writeEndObject();
    }

    private static void status(JsonGenerator json, String plugin, Code code, List<String> reasons)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("plugin", plugin);
        json.writeStringField("code", code.upstreamName());
        strings(json, "reasons", reasons);
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
