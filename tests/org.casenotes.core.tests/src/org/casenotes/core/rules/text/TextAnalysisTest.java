package org.casenotes.core.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * An analysis derived from the one of the text before an edit (as on a keystroke) is the analysis of the
 * edited text read from scratch: same words, quoted passages and sentences, wherever the edit is.
 */
class TextAnalysisTest {

    private static final String NOTE = """
            Client arrived ten minutes early. She said "I finally told my sister" and smiled.
            Dr. Lee reviewed the plan, e.g. the safety card; client's mood was 5/10.
              PHQ-9 total was 12. Client denies SI and HI. Next session on Friday.

            Client was non-compliant with \u201cher\u201d meds \u2026 She can\u2019t sleep. Caf\u00e9 visits help.
            Plan: weekly sessions for six weeks. Review at session four. \u00abQuoted\u00bb words end here.
            """;

    /** Pieces typed or deleted: letters, spaces, marks that end sentences, quotes, line breaks, apostrophes. */
    private static final String[] PIECES = { "a", "C", " ", ".", ". ", ".\n", "\n", "\"", "\u201c", "\u201d", "'",
            "\u2019", "e\u0301", "\u00e9", "Dr.", " e.g. ", "\r\n", "5", "\ud83d\ude00", ",", "  ", "refused ", "Client " };

    @Test
    void anAnalysisDerivedFromTheOneBeforeAnEditIsTheAnalysisReadAfresh() {
        Random random = new Random(17);
        String text = NOTE.repeat(3);
        TextAnalysis.of(text);
        for (int edit = 0; edit < 300; edit++) {
            text = edited(text, random);
            TextAnalysis derived = TextAnalysis.of(text);
            assertSameAnalysis(text, derived, "after edit " + edit);
        }
    }

    @Test
    void typingAtTheEndAndInTheMiddle() {
        String text = NOTE.repeat(2);
        StringBuilder typed = new StringBuilder(text);
        String words = " Client refused. \"Why\" she asked.\nDr. Smith's note\u2019s end\u2026 OK";
        int middle = text.length() / 2;
        for (int i = 0; i < words.length(); i++) {
            typed.append(words.charAt(i));
            assertSameAnalysis(typed.toString(), TextAnalysis.of(typed.toString()), "typing at the end, " + i);
            typed.insert(middle + i, words.charAt(i));
            assertSameAnalysis(typed.toString(), TextAnalysis.of(typed.toString()), "typing in the middle, " + i);
        }
    }

    @Test
    void theSameTextGivesTheSameAnalysis() {
        String text = NOTE.repeat(2) + " once more";
        assertSame(TextAnalysis.of(text), TextAnalysis.of(new String(text.toCharArray())));
    }

    private static String edited(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> {
                return text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(at);
            }
            case 1 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(6));
                return text.length() < 300 ? text + " more" : text.substring(0, at) + text.substring(end);
            }
            default -> {
                int end = Math.min(text.length(), at + random.nextInt(4));
                return text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(end);
            }
        }
    }

    private static void assertSameAnalysis(String text, TextAnalysis derived, String when) {
        assertEquals(text, derived.text(), when);
        assertEquals(describe(Tokens.of(text)), describe(derived.tokens()), when + ": words");
        assertEquals(describe(QuotedPassages.of(text)), describe(derived.quotes()), when + ": quotations");
        assertEquals(describe(Sentences.of(text)), describe(derived.sentences()), when + ": sentences");
    }

    private static List<String> describe(Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            out.add(tokens.start(i) + "-" + tokens.end(i) + ":" + tokens.normalized(i));
        }
        return out;
    }

    private static List<String> describe(QuotedPassages quotes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < quotes.count(); i++) {
            out.add(quotes.passage(i).toString());
        }
        return out;
    }

    private static List<String> describe(Sentences sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.count(); i++) {
            out.add(sentences.range(i).toString());
        }
        return out;
    }
}
