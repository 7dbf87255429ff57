package io.pilothouse.model.types;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntOrStringTest {

    @ParameterizedTest(name = "{0} -> int {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0           | 0
            5           | 5
            +5          | 5
            -5          | -5
            007         | 7
            2147483647  | 2147483647
            -2147483648 | -2147483648
            """)
    void digitsWithAnOptionalSignAreAnInt(String text, int value) {
        IntOrString parsed = IntOrString.valueOf(text);
        assertAll(
                () -> assertEquals(true, parsed.isInt()),
                () -> assertEquals(value, parsed.intValue()),
                () -> assertEquals(Integer.toString(value), parsed.toString()),
                () -> assertEquals(IntOrString.ofInt(value), parsed));
    }

    @ParameterizedTest(name = "''{0}'' stays a string")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            http
            50%
            2147483648
            -2147483649
            1_000
            ' 5'
            '5 '
            0x10
            +
            -
            1.0
            ٣
            """)
    void anythingElseIsAString(String text) {
        IntOrString parsed = IntOrString.valueOf(text);
        assertAll(
                () -> assertEquals(false, parsed.isInt()),
                () -> assertEquals(text, parsed.stringValue()),
                () -> assertEquals(text, parsed.toString()),
                () -> assertEquals(IntOrString.ofString(text), parsed));
    }

    @Test
    void theIntAndTheStringFormAreDifferentValues() {
        assertAll(
                () -> assertNotEquals(IntOrString.ofInt(5), IntOrString.ofString("5")),
                () -> assertEquals("5", IntOrString.ofString("5").toString()),
                () -> assertEquals(5, IntOrString.ofString("5").intValue()),
                () -> assertEquals(0, IntOrString.ofString("http").intValue()),
                () -> assertEquals("80", IntOrString.ofInt(80).stringValue()));
    }

    @ParameterizedTest(name = "{0} of {1}, round up {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            5     | 100 | true  | 5
            -3    | 100 | false | -3
            25%   | 10  | true  | 3
            25%   | 10  | false | 2
            100%  | 7   | true  | 7
            0%    | 7   | true  | 0
            50%   | 5   | true  | 3
            50%   | 5   | false | 2
            33%   | 3   | true  | 1
            33%   | 3   | false | 0
            200%  | 3   | false | 6
            -10%  | 15  | true  | -1
            -10%  | 15  | false | -2
            +20%  | 10  | true  | 2
            10%   | 0   | true  | 0
            """)
    void scalesPercentagesOfTheTotal(String text, int total, boolean roundUp, long expected) {
        assertEquals(expected, IntOrString.valueOf(text).scaledValue(total, roundUp));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(quoteCharacter = '`', textBlock = """
            abc
            5.5
            ``
            """)
    void rejectsStringsWithoutAPercentSign(String text) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> IntOrString.ofString(text).scaledValue(10, true));
        assertEquals("invalid value for IntOrString: invalid type: string is not a percentage", thrown.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            abc%                  | abc                  | invalid syntax
            %                     | ``                   | invalid syntax
            1.5%                  | 1.5                  | invalid syntax
            5%%                   | 5%                   | invalid syntax
            ` 5%`                 | ` 5`                 | invalid syntax
            -%                    | -                    | invalid syntax
            99999999999999999999% | 99999999999999999999 | value out of range
            9223372036854775808%  | 9223372036854775808  | value out of range
            """)
    void rejectsPercentagesThatAreNotIntegers(String text, String number, String reason) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> IntOrString.ofString(text).scaledValue(10, true));
        assertEquals("invalid value for IntOrString: invalid value \"" + text + "\": strconv.Atoi: parsing \""
                + number + "\": " + reason, thrown.getMessage());
    }

    @Test
    void quotesQuotesAndBackslashesLikeGo() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> IntOrString.ofString("a\"b\\%").scaledValue(10, true));
        assertEquals("invalid value for IntOrString: invalid value \"a\\\"b\\\\%\": strconv.Atoi: parsing "
                + "\"a\\\"b\\\\\": invalid syntax", thrown.getMessage());
    }

    @Test
    void quotesControlAndNonAsciiCharactersLikeGo() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> IntOrString.ofString("\t\u00e9\u0007\u200b%").scaledValue(10, true));
        assertEquals("invalid value for IntOrString: invalid value \"\\t\u00e9\\a\\u200b%\": strconv.Atoi: parsing "
                + "\"\\t\u00e9\\a\\u200b\": invalid syntax", thrown.getMessage());
    }

    @Test
    void minimumInt64PercentageIsInRange() {
        assertEquals(-922337203685477632L, IntOrString.ofString("-9223372036854775808%").scaledValue(10, true));
    }
}
