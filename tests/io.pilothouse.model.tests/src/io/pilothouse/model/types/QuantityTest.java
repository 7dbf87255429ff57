package io.pilothouse.model.types;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    private static final Map<String, String> ERRORS = Map.of(
            "FORMAT", "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            "SUFFIX", "unable to parse quantity's suffix",
            "NUMERIC", "unable to parse numeric part of quantity");

    /** Input | upstream String() | format | exact value. */
    private static final String VALID = """
            0                     | 0                     | DECIMAL_SI       | 0
            0n                    | 0                     | DECIMAL_SI       | 0
            0u                    | 0                     | DECIMAL_SI       | 0
            0m                    | 0                     | DECIMAL_SI       | 0
            0k                    | 0                     | DECIMAL_SI       | 0
            0M                    | 0                     | DECIMAL_SI       | 0
            0G                    | 0                     | DECIMAL_SI       | 0
            0T                    | 0                     | DECIMAL_SI       | 0
            0Ki                   | 0                     | BINARY_SI        | 0
            0Mi                   | 0                     | BINARY_SI        | 0
            0Gi                   | 0                     | BINARY_SI        | 0
            0Ti                   | 0                     | BINARY_SI        | 0
            -0                    | 0                     | DECIMAL_SI       | 0
            00                    | 0                     | DECIMAL_SI       | 0
            1                     | 1                     | DECIMAL_SI       | 1
            9                     | 9                     | DECIMAL_SI       | 9
            1Ki                   | 1Ki                   | BINARY_SI        | 1024
            8Ki                   | 8Ki                   | BINARY_SI        | 8192
            7Mi                   | 7Mi                   | BINARY_SI        | 7340032
            6Gi                   | 6Gi                   | BINARY_SI        | 6442450944
            5Ti                   | 5Ti                   | BINARY_SI        | 5497558138880
            4Pi                   | 4Pi                   | BINARY_SI        | 4503599627370496
            3Ei                   | 3Ei                   | BINARY_SI        | 3458764513820540928
            10Ti                  | 10Ti                  | BINARY_SI        | 10995116277760
            100Ti                 | 100Ti                 | BINARY_SI        | 109951162777600
            100Mi                 | 100Mi                 | BINARY_SI        | 104857600
            1024Ki                | 1Mi                   | BINARY_SI        | 1048576
            1024Mi                | 1Gi                   | BINARY_SI        | 1073741824
            1536Ki                | 1536Ki                | BINARY_SI        | 1572864
            1023Ki                | 1023Ki                | BINARY_SI        | 1047552
            1.5Gi                 | 1536Mi                | BINARY_SI        | 1610612736
            0.5Gi                 | 512Mi                 | BINARY_SI        | 536870912
            0.5Mi                 | 512Ki                 | BINARY_SI        | 524288
            0.5Ki                 | 512                   | BINARY_SI        | 512
            100.035Ki             | 102435840m            | BINARY_SI        | 102435.84
            0.05Gi                | 53687091200m          | BINARY_SI        | 53687091.2
            0.025Ti               | 27487790694400m       | BINARY_SI        | 27487790694.4
            .001Ki                | 1024m                 | BINARY_SI        | 1.024
            .000001Ki             | 1024u                 | DECIMAL_SI       | 0.001024
            .000000001Ki          | 1024n                 | DECIMAL_SI       | 0.000001024
            .000000000001Ki       | 2n                    | DECIMAL_SI       | 0.000000002
            8Ei                   | 9223372036854775807   | BINARY_SI        | 9223372036854775807
            9Ei                   | 9223372036854775807   | BINARY_SI        | 9223372036854775807
            -8Ei                  | -9223372036854775807  | BINARY_SI        | -9223372036854775807
            9223372036854775807Ki | 9223372036854775807   | BINARY_SI        | 9223372036854775807
            7Ei                   | 7Ei                   | BINARY_SI        | 8070450532247928832
            -1Ki                  | -1Ki                  | BINARY_SI        | -1024
            -1.5Gi                | -1536Mi               | BINARY_SI        | -1610612736
            01Ki                  | 01Ki                  | BINARY_SI        | 1024
            +1Ki                  | +1Ki                  | BINARY_SI        | 1024
            5n                    | 5n                    | DECIMAL_SI       | 0.000000005
            4u                    | 4u                    | DECIMAL_SI       | 0.000004
            3m                    | 3m                    | DECIMAL_SI       | 0.003
            8k                    | 8k                    | DECIMAL_SI       | 8000
            50k                   | 50k                   | DECIMAL_SI       | 50000
            7M                    | 7M                    | DECIMAL_SI       | 7000000
            6G                    | 6G                    | DECIMAL_SI       | 6000000000
            5T                    | 5T                    | DECIMAL_SI       | 5000000000000
            40T                   | 40T                   | DECIMAL_SI       | 40000000000000
            300T                  | 300T                  | DECIMAL_SI       | 300000000000000
            2P                    | 2P                    | DECIMAL_SI       | 2000000000000000
            1E                    | 1E                    | DECIMAL_SI       | 1000000000000000000
            12E                   | 12E                   | DECIMAL_SI       | 12000000000000000000
            1000E                 | 1e21                  | DECIMAL_SI       | 1000000000000000000000
            1000M                 | 1G                    | DECIMAL_SI       | 1000000000
            1000k                 | 1M                    | DECIMAL_SI       | 1000000
            1000m                 | 1                     | DECIMAL_SI       | 1
            0.1                   | 100m                  | DECIMAL_SI       | 0.1
            1.1m                  | 1100u                 | DECIMAL_SI       | 0.0011
            1.0                   | 1                     | DECIMAL_SI       | 1
            1.2345                | 1234500u              | DECIMAL_SI       | 1.2345
            -100m                 | -100m                 | DECIMAL_SI       | -0.1
            -1.5                  | -1500m                | DECIMAL_SI       | -1.5
            100.035k              | 100.035k              | DECIMAL_SI       | 100035
            10.035M               | 10.035M               | DECIMAL_SI       | 10035000
            0.001                 | 1m                    | DECIMAL_SI       | 0.001
            0.0005k               | 500m                  | DECIMAL_SI       | 0.5
            0.005                 | 5m                    | DECIMAL_SI       | 0.005
            0.05                  | 50m                   | DECIMAL_SI       | 0.05
            0.5                   | 500m                  | DECIMAL_SI       | 0.5
            0.00050k              | 500m                  | DECIMAL_SI       | 0.5
            0.00500               | 5m                    | DECIMAL_SI       | 0.005
            0.05000               | 50m                   | DECIMAL_SI       | 0.05
            0.50000               | 500m                  | DECIMAL_SI       | 0.5
            9.01                  | 9010m                 | DECIMAL_SI       | 9.01
            8.1k                  | 8100                  | DECIMAL_SI       | 8100
            7.123456M             | 7.123456M             | DECIMAL_SI       | 7123456
            6.987654321G          | 6.987654321G          | DECIMAL_SI       | 6987654321
            5.444T                | 5.444T                | DECIMAL_SI       | 5444000000000
            40.1T                 | 40100G                | DECIMAL_SI       | 40100000000000
            300.2T                | 300200G               | DECIMAL_SI       | 300200000000000
            2.5P                  | 2500T                 | DECIMAL_SI       | 2500000000000000
            1.01E                 | 1010P                 | DECIMAL_SI       | 1010000000000000000
            3.001n                | 4n                    | DECIMAL_SI       | 0.000000004
            0.0000000001          | 1n                    | DECIMAL_SI       | 0.000000001
            0.0000000005          | 1n                    | DECIMAL_SI       | 0.000000001
            0.00000000050         | 1n                    | DECIMAL_SI       | 0.000000001
            0.9n                  | 1n                    | DECIMAL_SI       | 0.000000001
            0.00000012345         | 124n                  | DECIMAL_SI       | 0.000000124
            0.00000012354         | 124n                  | DECIMAL_SI       | 0.000000124
            -0.00000012345        | -124n                 | DECIMAL_SI       | -0.000000124
            18446744073709551616  | 18446744073709551616  | DECIMAL_SI       | 18446744073709551616
            123456789             | 123456789             | DECIMAL_SI       | 123456789
            .001                  | 1m                    | DECIMAL_SI       | 0.001
            .0001k                | 100m                  | DECIMAL_SI       | 0.1
            1.                    | 1.                    | DECIMAL_SI       | 1
            1.G                   | 1.G                   | DECIMAL_SI       | 1000000000
            1.500                 | 1.500                 | DECIMAL_SI       | 1.5
            +1                    | +1                    | DECIMAL_SI       | 1
            007                   | 007                   | DECIMAL_SI       | 7
            Gi                    | 0                     | BINARY_SI        | 0
            Ti                    | 0                     | BINARY_SI        | 0
            m                     | 0                     | DECIMAL_SI       | 0
            -                     | 0                     | DECIMAL_SI       | 0
            .                     | 0                     | DECIMAL_SI       | 0
            -.                    | 0                     | DECIMAL_SI       | 0
            1E-3                  | 1E-3                  | DECIMAL_EXPONENT | 0.001
            1e-3                  | 1e-3                  | DECIMAL_EXPONENT | 0.001
            1e3                   | 1e3                   | DECIMAL_EXPONENT | 1000
            1E6                   | 1E6                   | DECIMAL_EXPONENT | 1000000
            1e9                   | 1e9                   | DECIMAL_EXPONENT | 1000000000
            1E12                  | 1E12                  | DECIMAL_EXPONENT | 1000000000000
            1e15                  | 1e15                  | DECIMAL_EXPONENT | 1000000000000000
            1E18                  | 1E18                  | DECIMAL_EXPONENT | 1000000000000000000
            1e21                  | 1e21                  | DECIMAL_EXPONENT | 1000000000000000000000
            1e14                  | 100e12                | DECIMAL_EXPONENT | 100000000000000
            1e13                  | 10e12                 | DECIMAL_EXPONENT | 10000000000000
            1e0                   | 1e0                   | DECIMAL_EXPONENT | 1
            12e+6                 | 12e+6                 | DECIMAL_EXPONENT | 12000000
            5e-1                  | 500e-3                | DECIMAL_EXPONENT | 0.5
            0.5e0                 | 500e-3                | DECIMAL_EXPONENT | 0.5
            0.5e-1                | 50e-3                 | DECIMAL_EXPONENT | 0.05
            0.5e-2                | 5e-3                  | DECIMAL_EXPONENT | 0.005
            1.2e3                 | 1200                  | DECIMAL_EXPONENT | 1200
            1.3E+6                | 1300e3                | DECIMAL_EXPONENT | 1300000
            1.40e9                | 1400e6                | DECIMAL_EXPONENT | 1400000000
            1.53E12               | 1530e9                | DECIMAL_EXPONENT | 1530000000000
            1.6e15                | 1600e12               | DECIMAL_EXPONENT | 1600000000000000
            1.7E18                | 1700e15               | DECIMAL_EXPONENT | 1700000000000000000
            1.1E-9                | 2e-9                  | DECIMAL_EXPONENT | 0.000000002
            0.5e-9                | 1e-9                  | DECIMAL_EXPONENT | 0.000000001
            1e-10                 | 1e-9                  | DECIMAL_EXPONENT | 0.000000001
            -1e-10                | -1e-9                 | DECIMAL_EXPONENT | -0.000000001
            """;

    /** Input | error. */
    private static final String INVALID = """
            ''                     | FORMAT
            ' 1'                   | FORMAT
            '1 '                   | FORMAT
            1 Gi                   | FORMAT
            1.5.0                  | FORMAT
            1.1.M                  | FORMAT
            1+1.0M                 | FORMAT
            1gi                    | FORMAT
            1KiB                   | FORMAT
            0.1am                  | FORMAT
            aoeu                   | FORMAT
            NaN                    | FORMAT
            Inf                    | FORMAT
            0x10                   | FORMAT
            '1,5'                  | FORMAT
            1e3.5                  | FORMAT
            1e3e3                  | FORMAT
            1µ                     | FORMAT
            1ki                    | SUFFIX
            1K                     | SUFFIX
            0.1mi                  | SUFFIX
            .5i                    | SUFFIX
            1i                     | SUFFIX
            -3.01i                 | SUFFIX
            -3.01e-                | SUFFIX
            1e                     | SUFFIX
            e                      | SUFFIX
            1ee3                   | SUFFIX
            1e+                    | SUFFIX
            1Mi1                   | SUFFIX
            1m3                    | SUFFIX
            1-                     | SUFFIX
            --1                    | SUFFIX
            1e99999999999999999999 | SUFFIX
            Pi                     | NUMERIC
            Ei                     | NUMERIC
            -Pi                    | NUMERIC
            e-10                   | NUMERIC
            .e-10                  | NUMERIC
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = VALID)
    void parsesAndWritesAsUpstream(String input, String written, Quantity.Format format, BigDecimal value) {
        Quantity quantity = Quantity.valueOf(input);
        assertAll(
                () -> assertEquals(written, quantity.toString()),
                () -> assertEquals(format, quantity.format()),
                () -> assertEquals(0, value.compareTo(quantity.asBigDecimal()), quantity.asBigDecimal().toString()),
                () -> assertEquals(input, quantity.originalText()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = VALID)
    void writtenFormReadsBackToTheSameValueAndText(String input) {
        Quantity quantity = Quantity.valueOf(input);
        Quantity reread = Quantity.valueOf(quantity.toString());
        assertAll(
                () -> assertEquals(quantity, reread),
                () -> assertEquals(quantity.hashCode(), reread.hashCode()),
                () -> assertEquals(quantity.toString(), reread.toString()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = VALID)
    void negationIsWrittenWithASign(String input) {
        Quantity quantity = Quantity.valueOf(input);
        Quantity negated = quantity.negate();
        assertAll(
                () -> assertEquals(0, negated.add(quantity).signum()),
                () -> assertEquals(quantity, negated.negate()),
                () -> assertEquals(quantity.format(), negated.format()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = INVALID)
    void rejectsAsUpstream(String input, String error) {
        QuantityFormatException thrown = assertThrows(QuantityFormatException.class, () -> Quantity.valueOf(input));
        assertAll(
                () -> assertEquals(ERRORS.get(error), thrown.getMessage()),
                () -> assertEquals(input, thrown.text()));
    }

    @ParameterizedTest(name = "{0}: value {1}, milli {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | 0          | 0
            1                   | 1          | 1000
            1.5                 | 2          | 1500
            -1.5                | -2         | -1500
            100m                | 1          | 100
            -100m               | -1         | -100
            1n                  | 1          | 1
            -1n                 | -1         | -1
            0.9n                | 1          | 1
            1001u               | 1          | 2
            1Ki                 | 1024       | 1024000
            1Gi                 | 1073741824 | 1073741824000
            1.5k                | 1500       | 1500000
            2e-3                | 1          | 2
            """)
    void roundsAwayFromZeroLikeValueAndMilliValue(String input, long value, long milliValue) {
        Quantity quantity = Quantity.valueOf(input);
        assertAll(
                () -> assertEquals(value, quantity.value()),
                () -> assertEquals(milliValue, quantity.milliValue()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"10E", "9Ei", "1e19"})
    void milliValueBeyondLongIsAnError(String input) {
        assertThrows(ArithmeticException.class, () -> Quantity.valueOf(input).milliValue());
    }

    @ParameterizedTest(name = "{0} + {1} = {2}, {0} - {1} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100m | 0     | 100m  | 100m
            1Gi  | 0     | 1Gi   | 1Gi
            0    | 100m  | 100m  | -100m
            0    | 1Gi   | 1Gi   | -1Gi
            1Gi  | 512Mi | 1536Mi| 512Mi
            1    | 500m  | 1500m | 500m
            1Ki  | 1Ki   | 2Ki   | 0
            1k   | 1Ki   | 2024  | -24
            1Ki  | 1k    | 2024  | 24
            1e3  | 1     | 1001  | 999
            4Ei  | 4Ei   | 8Ei   | 0
            """)
    void addsAndSubtractsKeepingTheFormatOfTheNonZeroOperand(String left, String right, String sum, String diff) {
        Quantity a = Quantity.valueOf(left);
        Quantity b = Quantity.valueOf(right);
        assertAll(
                () -> assertEquals(sum, a.add(b).toString()),
                () -> assertEquals(diff, a.subtract(b).toString()));
    }

    @ParameterizedTest(name = "{0} <=> {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | 0           | 0
            100m   | 50m         | 1
            50m    | 100m        | -1
            10000T | 100Gi       | 1
            1Gi    | 1073741824  | 0
            1000m  | 1           | 0
            1k     | 1Ki         | -1
            -1     | 1n          | -1
            1e3    | 1k          | 0
            """)
    void comparesAndEqualsByValue(String left, String right, int expected) {
        Quantity a = Quantity.valueOf(left);
        Quantity b = Quantity.valueOf(right);
        assertEquals(expected, Integer.signum(a.compareTo(b)));
        if (expected == 0) {
            assertAll(() -> assertEquals(a, b), () -> assertEquals(a.hashCode(), b.hashCode()));
        } else {
            assertNotEquals(a, b);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | true  | 0
            -0     | true  | 0
            1n     | false | 1
            -1Ki   | false | -1
            """)
    void knowsZeroAndSign(String input, boolean zero, int signum) {
        Quantity quantity = Quantity.valueOf(input);
        assertAll(() -> assertEquals(zero, quantity.isZero()), () -> assertEquals(signum, quantity.signum()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"1.5Gi", "0.1", "+1", "1.500"})
    void computedQuantityHasNoOtherOriginalText(String input) {
        Quantity computed = Quantity.valueOf(input).add(Quantity.valueOf("0"));
        assertEquals(computed.toString(), computed.originalText());
    }
}
