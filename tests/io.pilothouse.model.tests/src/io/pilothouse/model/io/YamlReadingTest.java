package io.pilothouse.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading YAML and JSON into positioned value trees, with kubectl's semantics and strict errors. */
class YamlReadingTest {

    private static final ManifestParser PARSER = new ManifestParser(LoadLimits.DEFAULTS);

    private static ManifestParser.Result parse(String text) {
        return PARSER.parse(text, "in.yaml");
    }

    private static String json(ManifestParser.Result result) {
        return ManifestWriter.json(result.documents().stream().map(YamlDocument::root).toList());
    }

    @Test
    void recordsPositionsOfNodesAndKeys() {
        String text = "a: 1\nb:\n  - x\n  - 'y z'\nc: {d: e}\n";
        YamlMapping root = (YamlMapping) parse(text).documents().get(0).root();
        assertEquals(new SourceRange("in.yaml", 1, 1, 0, 1), root.entry("a").keyRange());
        assertEquals(new SourceRange("in.yaml", 1, 4, 3, 1), root.get("a").range());
        YamlSequence b = (YamlSequence) root.get("b");
        assertEquals(new SourceRange("in.yaml", 3, 3, 10, 13), b.range());
        assertEquals(new SourceRange("in.yaml", 4, 5, 18, 5), b.items().get(1).range());
        assertEquals(YamlScalar.Style.SINGLE_QUOTED, ((YamlScalar) b.items().get(1)).style());
        assertEquals(new SourceRange("in.yaml", 5, 4, 27, 6), root.get("c").range());
        assertEquals(new SourceRange("in.yaml", 1, 1, 0, 33), root.range());
    }

    @Test
    void countsColumnsInUtf16UnitsAfterCharactersBeyondTheBmp() {
        YamlMapping root = (YamlMapping) parse("a: \"\uD83D\uDE00\"\nb: c\n").documents().get(0).root();
        assertEquals(new SourceRange("in.yaml", 1, 4, 3, 4), root.get("a").range());
        assertEquals(new SourceRange("in.yaml", 2, 4, 11, 1), root.get("b").range());
    }

    @Test
    void readsEveryDocumentOfAStream() {
        ManifestParser.Result result = parse("a: 1\n---\nb: 2\n--- \n---\n# only a comment\n---\nc: 3\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(3, result.documents().size());
        assertEquals(new SourceRange("in.yaml", 2, 1, 5, 8), result.documents().get(1).range());
        assertEquals(7, result.documents().get(2).range().line());
    }

    @Test
    void expandsAliasesAndMergeKeys() {
        String text = """
                base: &base {a: 1, b: 2}
                list: &list [x, y]
                copy: *list
                merged:
                  <<: *base
                  b: 3
                multi:
                  <<: [{a: first}, {a: second, c: 4}]
                late:
                  a: explicit
                  <<: {a: merged}
                """;
        ManifestParser.Result result = parse(text);
        assertEquals(List.of(), result.diagnostics());
        YamlMapping root = (YamlMapping) result.documents().get(0).root();
        assertEquals(json(root.get("list")), json(root.get("copy")));
        assertEquals("{\n    \"a\": 1,\n    \"b\": 3\n}\n", json(root.get("merged")));
        assertEquals("{\n    \"a\": \"first\",\n    \"c\": 4\n}\n", json(root.get("multi")));
        assertEquals("{\n    \"a\": \"merged\"\n}\n", json(root.get("late")));
    }

    private static String json(YamlNode node) {
        return ManifestWriter.json(List.of(node));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("a: 1\nb: 2\na: 3\n", DiagnosticCodes.YAML_DUPLICATE_KEY, 3, 1,
                        "mapping key \"a\" already defined at line 1, column 1"),
                Arguments.of("m:\n  x: 1\n  x: 2\n", DiagnosticCodes.YAML_DUPLICATE_KEY, 3, 3,
                        "mapping key \"x\" already defined at line 2, column 3"),
                Arguments.of("a:\n\tb: 1\n", DiagnosticCodes.YAML_SYNTAX, 2, 1,
                        "found character '\\t(TAB)' that cannot start any token."
                                + " (Do not use \\t(TAB) for indentation)"),
                Arguments.of("a: \"abc\nb: 1\n", DiagnosticCodes.YAML_SYNTAX, 1, 4,
                        "found unexpected end of stream while scanning a quoted scalar started at line 1, column 4"),
                Arguments.of("a:\n  b: 1\n c: 2\n", DiagnosticCodes.YAML_SYNTAX, 3, 2,
                        "expected <block end>, but found '<block mapping start>' while parsing a block mapping"
                                + " started at line 1, column 1"),
                Arguments.of("a: *nope\n", DiagnosticCodes.YAML_UNKNOWN_ANCHOR, 1, 4,
                        "unknown anchor 'nope' referenced"),
                Arguments.of("a:\n  <<: 5\n", DiagnosticCodes.YAML_MERGE, 2, 7,
                        "map merge requires map or sequence of maps as the value"),
                Arguments.of("{\"a\": 1,\n \"a\": 2}", DiagnosticCodes.YAML_DUPLICATE_KEY, 2, 2,
                        "mapping key \"a\" already defined at line 1, column 2"),
                Arguments.of("{\"a\": 1,\n \"b\" 2}", DiagnosticCodes.YAML_SYNTAX, 2, 6,
                        "Unexpected character ('2' (code 50)): was expecting a colon to separate field name"
                                + " and value"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsErrorsWithTheirPosition(String text, String code, int line, int column, String message) {
        ManifestParser.Result result = parse(text);
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(code, diagnostic.code(), diagnostic.toString());
        assertEquals(message, diagnostic.message());
        assertEquals(line, diagnostic.location().line(), diagnostic.toString());
        assertEquals(column, diagnostic.location().column(), diagnostic.toString());
        assertEquals(Diagnostic.Severity.ERROR, diagnostic.severity());
    }

    @Test
    void keepsTheFirstValueOfADuplicateKey() {
        assertEquals("{\n    \"a\": 1\n}\n", json(parse("a: 1\na: 2\n")));
    }

    @Test
    void aBrokenDocumentDoesNotStopTheOthers() {
        String text = "a: 1\n---\nb: [unclosed\n---\nc: \"ok\"\n---\nd:\n\t- tab\n---\ne: 5\n";
        ManifestParser.Result result = parse(text);
        assertEquals(3, result.documents().size());
        assertEquals(List.of("a", "c", "e"), result.documents().stream()
                .map(document -> ((YamlMapping) document.root()).entries().get(0).key()).toList());
        assertEquals(List.of(3, 8), result.diagnostics().stream().map(d -> d.location().line()).toList());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.code().equals(DiagnosticCodes.YAML_SYNTAX)));
    }

    @Test
    void readsAJsonStreamWithPositionsAndNumberTexts() {
        ManifestParser.Result result = parse("{\"a\": 1.0, \"b\": [true, null]}\n{\"c\": \"x\"}\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(2, result.documents().size());
        YamlMapping first = (YamlMapping) result.documents().get(0).root();
        YamlScalar a = (YamlScalar) first.get("a");
        assertEquals(YamlScalar.Kind.FLOAT, a.kind());
        assertEquals("1.0", a.text());
        assertEquals(new SourceRange("in.yaml", 1, 7, 6, 3), a.range());
        assertEquals(new SourceRange("in.yaml", 1, 2, 1, 3), first.entry("a").keyRange());
        assertEquals(new SourceRange("in.yaml", 1, 17, 16, 12), first.get("b").range());
        assertEquals(new SourceRange("in.yaml", 2, 1, 30, 10), result.documents().get(1).range());
    }

    @Test
    void treatsLeadingBracketAsYamlAndOtherFlowAsYaml() {
        ManifestParser.Result result = parse("[1, yes]\n");
        assertEquals("[\n    1,\n    true\n]\n", json(result));
    }

    @Test
    void skipsADocumentWithOnlyNull() {
        ManifestParser.Result result = parse("---\n~\n---\na: 1\n");
        assertEquals(1, result.documents().size());
    }
}
