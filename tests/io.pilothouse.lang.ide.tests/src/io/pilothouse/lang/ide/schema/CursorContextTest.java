package io.pilothouse.lang.ide.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pilothouse.lang.schema.CursorContext;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cursor's context in text being typed; {@code |} marks the cursor. Expected: the position, the path, the
 * prefix and the column of keys there.
 */
class CursorContextTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """;

    static Stream<Arguments> contexts() {
        return Stream.of(
                Arguments.of("|", "KEY [] '' 0"),
                Arguments.of("api|", "KEY [] 'api' 0"),
                Arguments.of("apiVersion: v1\nkind: |", "VALUE [kind] '' 0"),
                Arguments.of("apiVersion: v1\nkind: Po|", "VALUE [kind] 'Po' 0"),
                Arguments.of("kind: Pod\nmetadata:\n  |", "KEY [metadata] '' 2"),
                Arguments.of("kind: Pod\nmetadata:\n  na|\nspec: {}\n", "KEY [metadata] 'na' 2"),
                Arguments.of("kind: Pod\nmetadata:\n  name: a\n|\nspec: {}\n", "KEY [] '' 0"),
                Arguments.of("kind: Pod\nmetadata:\n  name: a\n  |\nspec: {}\n", "KEY [metadata] '' 2"),
                Arguments.of("kind: Pod\nmetadata:\n  name: a\n  labels:\n    |\nspec: {}\n",
                        "KEY [metadata, labels] '' 4"),
                Arguments.of(DEPLOYMENT.replace("replicas: 1", "replicas: 1\n  |"), "KEY [spec] '' 2"),
                Arguments.of(DEPLOYMENT.replace("- name: web", "- |"),
                        "ITEM [spec, template, spec, containers, [0]] '' 10"),
                Arguments.of(DEPLOYMENT.replace("- name: web", "- na|"),
                        "ITEM [spec, template, spec, containers, [0]] 'na' 10"),
                Arguments.of(DEPLOYMENT + "          im|",
                        "KEY [spec, template, spec, containers, [0]] 'im' 10"),
                Arguments.of(DEPLOYMENT + "          imagePullPolicy: |",
                        "VALUE [spec, template, spec, containers, [0], imagePullPolicy] '' 10"),
                Arguments.of(DEPLOYMENT + "        - name: side\n          |",
                        "KEY [spec, template, spec, containers, [1]] '' 10"),
                Arguments.of(DEPLOYMENT + "      |", "KEY [spec, template, spec] '' 6"),
                Arguments.of("a: 1\n---\nkind: Service\nspec:\n  ty|", "KEY [spec] 'ty' 2"),
                Arguments.of("containers:\n- name: a\n  |", "KEY [containers, [0]] '' 2"),
                Arguments.of("containers:\n- name: a\n|", "KEY [] '' 0"),
                Arguments.of("args: [a, |]", "ITEM [args, [1]] '' -1"),
                Arguments.of("metadata: {name: a, la|}", "KEY [metadata] 'la' -1"),
                Arguments.of("spec: {selector: {matchLabels: {app: |}}}",
                        "VALUE [spec, selector, matchLabels, app] '' -1"),
                Arguments.of("ports: [{containerPort: 80, |}]", "KEY [ports, [0]] '' -1"));
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void findsWhereTheCursorIs(String marked, String expected) {
        int offset = marked.indexOf('|');
        String text = marked.substring(0, offset) + marked.substring(offset + 1);
        CursorContext context = CursorContext.at(text, offset);
        assertEquals(expected, context.position() + " " + context.path() + " '" + context.prefix() + "' "
                + context.column());
    }

    @Test
    void readsTheDocumentsKindAndTheKeysPresent() {
        String text = DEPLOYMENT.replace("replicas: 1", "replicas: 1\n  ");
        CursorContext context = CursorContext.at(text, text.indexOf("replicas: 1\n") + 14);
        assertEquals("apps/v1 Deployment [replicas, template]", context.apiVersion() + " " + context.kind() + " "
                + context.presentKeys());
    }

    @Test
    void nothingGoesRightAfterAFlowValue() {
        assertNull(CursorContext.at("args: [a, b ]", 12));
    }
}
