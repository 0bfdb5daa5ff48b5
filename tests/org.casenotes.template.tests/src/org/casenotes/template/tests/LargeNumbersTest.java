package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casenotes.template.library.TemplateDiagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A whole number beyond what a template can hold (a version, a word limit, a score, a group's rows) is an error in
 * words at its line, naming the number and the largest one allowed, never Java's {@code For input string}, and the
 * only error there (the value left unread is not checked again).
 */
class LargeNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a version        | 2 | version 2147483648 kind progress {                                          | 2147483648",
            "a word limit     | 3 | field a \"A\" : text max 99999999999 words                                 | 99999999999",
            "a group's rows   | 3 | group g \"G\" max 2147483648 { field b \"B\" : text }                        | 2147483648",
            "a negative score | 3 | field c \"C\" : choice { x \"X\" score -2147483649 }                        | -2147483649",
            "a signing window | 3 | rules { sign within 2147483648 days }                                      | 2147483648" })
    void aNumberTooLargeIsAnErrorInWordsAtItsLine(String what, int line, String text, String number) {
        String header = text.startsWith("version") ? "template T \"T\" " + text + "\n"
                : "template T \"T\" version 1 kind progress {\n" + text + "\n";
        Templates checked = Templates.checkOne("package test\n" + header + "signature signature \"Signature\"\n}\n");

        TemplateDiagnostic error = checked.errors().stream().filter(d -> d.message().contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no error naming " + number + ":\n" + checked.describe()));
        assertEquals(line, error.line(), checked.describe());
        assertTrue(error.message().contains("too large") || error.message().contains("too small"), error.message());
        assertTrue(error.message().contains("2,147,483,647") || error.message().contains("-2,147,483,648"),
                error.message());
        assertEquals(1, checked.errors().stream().filter(d -> d.line() == line).count(),
                "one error at the number, no follow-on error about its value:\n" + checked.describe());
        assertFalse(checked.describe().contains("For input string"), checked.describe());
        assertFalse(checked.describe().contains("Couldn't convert"), checked.describe());
    }
}
