package org.casenotes.core.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** Term syntax: inflections, irregular verbs, sets, context, normalization, through a one-entry list. */
class InflectionTest {

    private static final String HEADER = """
            @rule test.terms
            @category language
            @severity info
            @description Test terms.
            @source s = Test source
            @set a = ; a; an
            """;

    private static List<Finding> lint(String entry, String text) {
        LanguagePack pack = LanguagePack.load(List.of(WordListSource.of("test.words", HEADER + entry + "\n")));
        assertEquals(List.of(), pack.problems());
        return new RuleEngine(pack.rules()).evaluate(PlainNoteContext.narrative(text));
    }

    private static List<String> marked(String entry, String text) {
        return lint(entry, text).stream().map(f -> f.range().of(text)).toList();
    }

    private static String fixed(String entry, String text) {
        return lint(entry, text).get(0).suggestions().get(0).applyTo(text);
    }

    @Test
    void regularVerbInflections() {
        assertEquals(List.of("refuse", "refuses", "refused", "refusing"),
                marked("refuse~", "refuse, refuses, refused, refusing, refusal"));
        assertEquals(List.of("deny", "denies", "denied", "denying"), marked("deny~", "deny denies denied denying"));
        assertEquals(List.of("admits", "admitted", "admitting"), marked("admit~", "admits admitted admitting"));
        assertEquals(List.of("complained of", "complaining of"),
                marked("complain~ of", "complained of pain; complaining of pain; complained loudly"));
    }

    @Test
    void irregularVerbs() {
        assertEquals(List.of("am sad", "is sad", "was sad", "were sad", "being sad"),
                marked("be~ sad", "am sad, is sad, was sad, were sad, being sad, seems sad"));
        assertEquals(List.of("chose", "chosen"), marked("choose~", "She chose; it was chosen"));
    }

    @Test
    void suggestionsTakeTheMatchedForm() {
        assertEquals("She declined.", fixed("refuse~ | | decline~", "She refused."));
        assertEquals("He stopped it.", fixed("halt~ | | stop~", "He halted it."));
        assertEquals("She tries again.", fixed("endeavor~ | | try~", "She endeavors again."));
        assertEquals("She had it.", fixed("be~ sad | | have~ it", "She was sad."));
        assertEquals("Client reported no pain.", fixed("deny~ | | report~ no", "Client denied pain."));
    }

    @Test
    void optionalSetMembers() {
        assertEquals(List.of("is schizophrenic", "is a schizophrenic"),
                marked("is {a} schizophrenic", "He is schizophrenic. He is a schizophrenic."));
    }

    @Test
    void contextIsMatchedButNotMarkedOrReplaced() {
        assertEquals(List.of("claims"), marked("[client] claims [that]", "Client claims that it rained. Bob claims that."));
        assertEquals("Client says that it rained.", fixed("[client] claims [that] | | says", "Client claims that it rained."));
    }

    @Test
    void caseHyphensAndAccentsNormalizeLikeNoteText() {
        assertEquals(List.of("non compliant", "NON-COMPLIANT", "non\u2011compliant"),
                marked("Non-Compliant", "non compliant; NON-COMPLIANT; non\u2011compliant"));
        assertEquals(List.of("na\u00efve", "naive"), marked("naive", "na\u00efve? naive"));
    }

    @Test
    void matchCaseEntriesNeedTheWrittenCase() {
        assertEquals(List.of("SI"), marked("SI | | thoughts of suicide | | | match-case", "SI reported; si se\u00f1or; Si"));
    }

    @Test
    void unlessAfterSkipsTheTermAfterAListedWord() {
        String entry = "@set det = the; a\nclaim~ | | | | | unless-after={det}";
        assertEquals(List.of("claims"), marked(entry, "The claim was denied. She claims it was paid."));
    }
}
