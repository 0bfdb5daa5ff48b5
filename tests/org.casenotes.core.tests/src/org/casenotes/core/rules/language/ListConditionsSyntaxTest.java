package org.casenotes.core.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** The conditions a plugin's list can write, and the problems reported for ones written wrong. */
class ListConditionsSyntaxTest {

    private static final String HEADER = """
            @rule agency.tone
            @category language
            @severity info
            @description Words our agency avoids.
            @source policy = Agency style guide | policy 7
            @set person = client; she; he
            """;

    private static LanguagePack pack(String body) {
        return LanguagePack.load(List.of(WordListSource.of("agency.words", HEADER + body)));
    }

    private static List<String> marked(LanguagePack pack, String text) {
        return new RuleEngine(pack.rules()).evaluate(PlainNoteContext.narrative(text)).stream()
                .map((Finding f) -> f.range().of(text)).toList();
    }

    @Test
    void aPluginListUsesPartOfSpeechAndSubject() {
        LanguagePack pack = pack("demand~ | | ask~ | Say what was asked. | | pos=verb; subject={person}\n");
        assertEquals(List.of(), pack.problems());
        assertEquals(List.of("demanded"), marked(pack, "Client demanded a new worker."));
        assertEquals(List.of(), marked(pack, "The landlord demanded the rent."));
        assertEquals(List.of(), marked(pack, "The demand for housing is high."));
    }

    @Test
    void aPluginListUsesUnlessBeforeAndUnlessNextPos() {
        LanguagePack pack = pack("""
                @set thing = group; class
                angry | | | A label. | | unless-before={thing}
                a psychotic | | | A label. | | unless-next-pos=noun
                """);
        assertEquals(List.of(), pack.problems());
        assertEquals(List.of(), marked(pack, "Client joined the angry group."));
        assertEquals(List.of(), marked(pack, "Client had a psychotic episode."));
        assertEquals(List.of("a psychotic"), marked(pack, "She is a psychotic."));
    }

    @Test
    void anUnknownPartOfSpeechIsReportedWithItsLine() {
        LanguagePack pack = pack("angry | | | A label. | | pos=verbish\n");
        assertEquals(1, pack.problems().size());
        assertEquals(7, pack.problems().get(0).line());
        assertTrue(pack.problems().get(0).message().contains("unknown part of speech 'verbish'"),
                pack.problems().get(0).message());
    }

    @Test
    void aSubjectWithoutASetIsReported() {
        LanguagePack pack = pack("angry | | | A label. | | subject=client\n");
        assertTrue(pack.problems().get(0).message().contains("needs a set"), pack.problems().get(0).message());
    }

    @Test
    void scareQuotesNeedACountAndAMessage() {
        assertTrue(pack("@scare-quotes three | Doubt.\n").problems().get(0).message().contains("@scare-quotes needs"));
        assertTrue(pack("@scare-quotes 3\n").problems().get(0).message().contains("needs a message"));
        assertEquals(List.of(), pack("@scare-quotes 2 | Doubt.\nangry\n").problems());
    }
}
