package io.pilothouse.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins go-yaml v2 / sigs.k8s.io/yaml scalar resolution: YAML scalar as written → JSON value. */
class ScalarResolutionTest {

    private static final ManifestParser PARSER = new ManifestParser(LoadLimits.DEFAULTS);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            yes                  | true
            Yes                  | true
            YES                  | true
            yES                  | "yES"
            y                    | true
            Y                    | true
            no                   | false
            No                   | false
            NO                   | false
            n                    | false
            N                    | false
            on                   | true
            On                   | true
            ON                   | true
            oN                   | "oN"
            off                  | false
            Off                  | false
            OFF                  | false
            true                 | true
            True                 | true
            TRUE                 | true
            tRue                 | "tRue"
            false                | false
            False                | false
            FALSE                | false
            ~                    | null
            null                 | null
            Null                 | null
            NULL                 | null
            nULL                 | "nULL"
            ``                   | null
            0777                 | 511
            0o17                 | 15
            0O17                 | 15
            0x1F                 | 31
            0X1f                 | 31
            0x_1F                | 31
            0b1010               | 10
            -0b101               | -5
            +0x10                | 16
            1_000                | 1000
            1__0                 | 10
            0                    | 0
            -0                   | 0
            00                   | 0
            08                   | 8
            09.5                 | 9.5
            012345               | 5349
            123                  | 123
            -123                 | -123
            +123                 | 123
            9223372036854775807  | 9223372036854775807
            9223372036854775808  | 9223372036854775808
            18446744073709551615 | 18446744073709551615
            18446744073709551616 | 18446744073709552000
            -9223372036854775808 | -9223372036854775808
            -9223372036854775809 | -9223372036854776000
            0xFFFFFFFFFFFFFFFF   | 18446744073709551615
            0x1FFFFFFFFFFFFFFFF  | "0x1FFFFFFFFFFFFFFFF"
            0x                   | "0x"
            0b2                  | "0b2"
            0o8                  | "0o8"
            1.0                  | 1
            1.5                  | 1.5
            -1.5                 | -1.5
            1.                   | 1
            .5                   | 0.5
            -.5                  | -0.5
            +.5                  | 0.5
            0.0                  | 0
            -0.0                 | -0
            1e3                  | 1000
            1E3                  | 1000
            1e+3                 | 1000
            1.5e-3               | 0.0015
            1e-6                 | 0.000001
            1e-7                 | 1e-7
            1.25e-7              | 1.25e-7
            1e20                 | 100000000000000000000
            1e21                 | 1e+21
            123456789012345678901234567890 | 1.2345678901234568e+29
            1e400                | "1e400"
            1_0.5                | 10.5
            0.1                  | 0.1
            3.14159              | 3.14159
            .inf                 | +Inf
            .Inf                 | +Inf
            +.INF                | +Inf
            -.inf                | -Inf
            .nan                 | NaN
            .NaN                 | NaN
            .infinity            | ".infinity"
            .                    | "."
            ._5                  | "._5"
            2024-01-01           | "2024-01-01"
            2024-01-01T10:00:00Z | "2024-01-01T10:00:00Z"
            12:30:45             | "12:30:45"
            1:20                 | "1:20"
            <<                   | "<<"
            +                    | "+"
            abc                  | "abc"
            hello world          | "hello world"
            1.2.3                | "1.2.3"
            v1.0                 | "v1.0"
            "yes"                | "yes"
            '0777'               | "0777"
            "1.0"                | "1.0"
            ''                   | ""
            !!str 123            | "123"
            !!str yes            | "yes"
            !!int "0x10"         | 16
            !!float 1            | 1
            !!bool "on"          | true
            !!null ~             | null
            !custom 12           | "12"
            ! 12                 | "12"
            """)
    void resolvesLikeGoYamlV2(String scalar, String expectedJson) {
        ManifestParser.Result result = PARSER.parse("v: " + scalar + "\n", "scalar.yaml");
        YamlScalar value = (YamlScalar) ((YamlMapping) result.documents().get(0).root()).get("v");
        String actual = value.kind() == YamlScalar.Kind.STRING ? '"' + value.text() + '"' : value.text();
        assertEquals(expectedJson, actual);
    }

    @ParameterizedTest(name = "key {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1                | 1
            0x10             | 16
            yes              | true
            off              | false
            1.5              | 1.5
            0.1              | 0.1
            1e10             | 1e+10
            1000000.0        | 1e+06
            3.14159265358979 | 3.1415927
            .inf             | .inf
            -.inf            | -.inf
            2024-01-01       | 2024-01-01
            "quoted"         | quoted
            """)
    void convertsKeysLikeSigsYaml(String key, String expected) {
        ManifestParser.Result result = PARSER.parse(key + ": x\n", "keys.yaml");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(expected, ((YamlMapping) result.documents().get(0).root()).entries().get(0).key());
    }

    @ParameterizedTest(name = "key {0} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            ~                    | unsupported map key of type <nil>
            18446744073709551615 | unsupported map key of type uint64
            [a, b]               | unsupported map key of type array
            """)
    void rejectsKeysJsonCannotHold(String key, String message) {
        String text = key.startsWith("[") ? "? " + key + "\n: x\n" : key + ": x\n";
        ManifestParser.Result result = PARSER.parse(text, "keys.yaml");
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(DiagnosticCodes.YAML_INVALID_KEY, diagnostic.code());
        assertTrue(diagnostic.message().startsWith(message), diagnostic.message());
        assertEquals(1, diagnostic.location().line());
    }

    @Test
    void reportsInfinityAsAValueJsonCannotHold() {
        ManifestParser.Result result = PARSER.parse("a: 1\nv: .inf\n", "inf.yaml");
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(DiagnosticCodes.YAML_INVALID_VALUE, diagnostic.code());
        assertEquals("json: unsupported value: +Inf", diagnostic.message());
        assertEquals("inf.yaml:2:4", diagnostic.location().toString());
    }

    @Test
    void reportsAValueThatDoesNotFitItsTag() {
        ManifestParser.Result result = PARSER.parse("v: !!int abc\n", "tag.yaml");
        assertEquals("cannot decode !!str `abc` as a !!int", result.diagnostics().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0       | 0
            1       | 1
            1.5     | 1.5
            100     | 100
            123456  | 123456
            1234567 | 1.234567e+06
            1e21    | 1e+21
            0.0001  | 0.0001
            0.00001 | 1e-05
            -2.5    | -2.5
            """)
    void formatsFloatsLikeGoFormatFloatG(double value, String expected) {
        assertEquals(expected, GoFloats.formatG(value, false));
    }
}
