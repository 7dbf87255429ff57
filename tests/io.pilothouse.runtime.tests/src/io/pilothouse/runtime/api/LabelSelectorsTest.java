package io.pilothouse.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * Rows: matchLabels ({@code k=v,k=v}), matchExpressions ({@code key Operator v1/v2;...}), the object's labels, and
 * whether they match.
 */
class LabelSelectorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                 |                                 |                    | true",
            "                 |                                 | app=web            | true",
            "app=web          |                                 | app=web            | true",
            "app=web          |                                 | app=web,tier=fe    | true",
            "app=web          |                                 | app=db             | false",
            "app=web          |                                 |                    | false",
            "app=web,tier=fe  |                                 | app=web            | false",
            "app=web,tier=fe  |                                 | app=web,tier=fe    | true",
            "app=             |                                 | app=               | true",
            "app=             |                                 |                    | false",
            "                 | env In prod/staging             | env=prod           | true",
            "                 | env In prod/staging             | env=dev            | false",
            "                 | env In prod/staging             |                    | false",
            "                 | env NotIn prod/staging          | env=dev            | true",
            "                 | env NotIn prod/staging          | env=prod           | false",
            "                 | env NotIn prod                  |                    | true",
            "                 | gpu Exists                      | gpu=               | true",
            "                 | gpu Exists                      | cpu=x              | false",
            "                 | gpu DoesNotExist                | cpu=x              | true",
            "                 | gpu DoesNotExist                | gpu=nvidia         | false",
            "app=web          | env In prod;gpu DoesNotExist    | app=web,env=prod   | true",
            "app=web          | env In prod;gpu DoesNotExist    | app=web,env=prod,gpu=a | false",
            "app=web          | env NotIn prod                  | app=db,env=dev     | false",
            "                 | env In prod;env NotIn prod      | env=prod           | false",
            "                 | tier In fe;tier Exists          | tier=fe            | true",
    })
    void matchesAsUpstreamSelectors(String matchLabels, String expressions, String labels, boolean expected) {
        assertEquals(expected, LabelSelectors.matches(selector(matchLabels, expressions), labels(labels)));
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.getLabels().putAll(labels(labels));
        assertEquals(expected, LabelSelectors.matches(selector(matchLabels, expressions), LabelSelectors.labels(meta)));
    }

    @Test
    void theLabelsOfAnObjectReadAsAMap() {
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.getLabels().put("app", "web");
        meta.getLabels().put("gpu", "");

        Map<String, String> labels = LabelSelectors.labels(meta);

        assertEquals(Map.of("app", "web", "gpu", ""), labels);
        assertEquals(List.of("web", "", "null", "false"), List.of(labels.get("app"), labels.get("gpu"),
                String.valueOf(labels.get("tier")), String.valueOf(labels.containsKey("tier"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "env In            | for 'in', 'notin' operators, values set can't be empty",
            "env NotIn         | for 'in', 'notin' operators, values set can't be empty",
            "env Exists x      | values set must be empty for exists and does not exist",
            "env DoesNotExist x | values set must be empty for exists and does not exist",
            "env Equals x      | \"Equals\" is not a valid label selector operator",
            "env in x          | \"in\" is not a valid label selector operator",
    })
    void rejectsMalformedRequirementsWhateverTheLabels(String expression, String message) {
        LabelSelector selector = selector("app=web", expression);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LabelSelectors.matches(selector, labels("app=db")));
        assertEquals(message, error.getMessage());
    }

    @Test
    void aNullSelectorMatchesNothing() {
        assertFalse(LabelSelectors.matches(null, labels("")));
        assertTrue(LabelSelectors.matches(MetaV1Factory.eINSTANCE.createLabelSelector(), labels("")));
    }

    static LabelSelector selector(String matchLabels, String expressions) {
        LabelSelector selector = MetaV1Factory.eINSTANCE.createLabelSelector();
        selector.getMatchLabels().putAll(labels(matchLabels));
        if (expressions != null) {
            for (String expression : expressions.split(";")) {
                String[] parts = expression.trim().split(" ");
                LabelSelectorRequirement requirement = MetaV1Factory.eINSTANCE.createLabelSelectorRequirement();
                requirement.setKey(parts[0]);
                requirement.setOperator(parts[1]);
                if (parts.length > 2) {
                    requirement.getValues().addAll(Arrays.asList(parts[2].split("/")));
                }
                selector.getMatchExpressions().add(requirement);
            }
        }
        return selector;
    }

    static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=", -1);
                labels.put(parts[0], parts[1]);
            }
        }
        return labels;
    }
}
