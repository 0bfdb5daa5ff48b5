package org.casenotes.core.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuotedPassagesTest {

    @Test
    void straightAndCurlyDoubleQuotes() {
        String text = "She said \"no way\" and \u201cnever\u201d today.";
        QuotedPassages quotes = QuotedPassages.of(text);
        assertEquals(2, quotes.count());
        assertTrue(quotes.contains(text.indexOf("way")));
        assertTrue(quotes.contains(text.indexOf("never")));
        assertFalse(quotes.contains(text.indexOf("today")));
        assertFalse(quotes.contains(text.indexOf("said")));
    }

    @Test
    void curlySingleQuotesButNotApostrophes() {
        String text = "Client\u2019s words: \u2018leave me alone\u2019. Mother's view differs.";
        QuotedPassages quotes = QuotedPassages.of(text);
        assertEquals(1, quotes.count());
        assertTrue(quotes.contains(text.indexOf("alone")));
        assertFalse(quotes.contains(text.indexOf("Mother")));
    }

    @Test
    void guillemetsAndLowHighQuotes() {
        assertEquals(1, QuotedPassages.of("\u00abje refuse\u00bb").count());
        assertEquals(1, QuotedPassages.of("\u201enein\u201c").count());
    }

    @Test
    void unclosedQuoteIsIgnoredAtTheEndOfTheLine() {
        String text = "Client said \"I refused\nClient refused the shot.";
        QuotedPassages quotes = QuotedPassages.of(text);
        assertEquals(0, quotes.count());
        assertFalse(quotes.contains(text.lastIndexOf("refused")));
    }

    @Test
    void overlapChecksRanges() {
        QuotedPassages quotes = QuotedPassages.of("a \"b\" c");
        assertTrue(quotes.overlaps(0, 3));
        assertFalse(quotes.overlaps(5, 7));
    }

    @Test
    void passagesAfterUnclosedOnesAndLineBreaksAreFound() {
        String text = "A \"b\" and \u201eq\u201d\r\nopen \"x\r\n\u00abfine\u00bb \u2018d\u2019 \u201cc\u201c \"unclosed";
        QuotedPassages quotes = QuotedPassages.of(text);
        assertEquals(List.of("\"b\"", "\u201eq\u201d", "\u00abfine\u00bb", "\u2018d\u2019"), passages(quotes, text));
        // \u201c closes with \u201d only: the \u201c after it leaves it open to the end of its line
        assertFalse(quotes.contains(text.indexOf('x')));
        assertFalse(quotes.contains(text.indexOf("unclosed")));
    }

    private static List<String> passages(QuotedPassages quotes, String text) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < quotes.count(); k++) {
            out.add(quotes.passage(k).of(text));
        }
        return out;
    }
}
