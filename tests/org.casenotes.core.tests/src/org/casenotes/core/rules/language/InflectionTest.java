package org.casenotes.core.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class InflectionTest {

    private static Set<String> matched(String pattern, Map<String, List<String>> sets) {
        return PhrasePattern.expand(pattern, sets).stream().map(p -> String.join(" ", p.tokens()))
                .collect(Collectors.toSet());
    }

    @Test
    void regularVerbs() {
        assertEquals(Set.of("refuse", "refuses", "refused", "refusing"), matched("refuse~", Map.of()));
        assertEquals(Set.of("deny", "denies", "denied", "denying"), matched("deny~", Map.of()));
        assertEquals(Set.of("insist", "insists", "insisted", "insisting"), matched("insist~", Map.of()));
        assertTrue(matched("admit~", Map.of()).containsAll(Set.of("admits", "admitted", "admitting")));
        assertTrue(matched("complain~ of", Map.of()).containsAll(Set.of("complained of", "complaining of")));
    }

    @Test
    void irregularVerbs() {
        assertEquals(Set.of("be", "am", "are", "is", "was", "were", "been", "being"), matched("be~", Map.of()));
        assertEquals(Set.of("choose", "chooses", "chose", "chosen", "choosing"), matched("choose~", Map.of()));
    }

    @Test
    void suggestionsTakeTheMatchedForm() {
        assertEquals("declined", WordForm.PAST.apply("decline"));
        assertEquals("stopped", WordForm.PAST.apply("stop"));
        assertEquals("reported", WordForm.PAST.apply("report"));
        assertEquals("tries", WordForm.THIRD_PERSON.apply("try"));
        assertEquals("had", WordForm.PAST.apply("have"));
        assertEquals("has", WordForm.THIRD_PERSON.apply("have"));
        assertEquals("dying", WordForm.GERUND.apply("die"));
        assertEquals("reported no", Alternative.parse("report~ no").render(WordForm.PAST));
    }

    @Test
    void setsWithOptionalMembers() {
        Map<String, List<String>> sets = Map.of("a", List.of("", "a", "an"));
        assertEquals(Set.of("is schizophrenic", "is a schizophrenic", "is an schizophrenic"),
                matched("is {a} schizophrenic", sets));
    }

    @Test
    void contextIsMatchedButNotMarked() {
        Phrase phrase = PhrasePattern.expand("[client] claims [that]", Map.of()).get(0);
        assertEquals(List.of("client", "claims", "that"), phrase.tokens());
        assertEquals(1, phrase.focusStart());
        assertEquals(2, phrase.focusEnd());
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.expand("[only context]", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.expand("a [mid] b", Map.of()));
    }

    @Test
    void hyphensAndCaseNormalizeLikeNoteText() {
        assertEquals(Set.of("non compliant"), matched("Non-Compliant", Map.of()));
    }
}
