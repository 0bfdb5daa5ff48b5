package org.example.casenotes.oregon.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.language.WordListSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The plugin's word list, read from the installed bundle the way Casenotes reads every contributed list. */
class OregonWordListTest {

    private static final String FILE = "wordlists/oregon-abbreviations.words";

    @Test
    void theListLoadsWithoutProblemsAndDefinesItsRule() {
        LanguagePack pack = pack();
        assertEquals(List.of(), pack.problems());
        assertEquals(List.of("oregon.abbreviations"), pack.rules().stream().map(Rule::id).toList());
    }

    @Test
    void anUnexplainedAgencyAbbreviationIsFoundAndTheSpelledOutNameOffered() {
        List<Finding> findings = findings("Client was referred by her CCO after discharge from OSH.");
        assertEquals(List.of("CCO", "OSH"), findings.stream().map(f -> f.range().of(
                "Client was referred by her CCO after discharge from OSH.")).toList());
        assertEquals("coordinated care organization", findings.get(0).suggestions().get(0).replacement());
    }

    @Test
    void theSameLettersInLowerCaseAreNotTheAbbreviation() {
        assertEquals(List.of(), findings("She said the osh-kosh jacket was a gift."));
    }

    private static List<Finding> findings(String text) {
        return pack().rules().get(0).evaluate(PlainNoteContext.narrative(text));
    }

    private static LanguagePack pack() {
        Bundle plugin = FrameworkUtil.getBundle(org.example.casenotes.oregon.OregonSigningWindowRule.class);
        URL list = plugin.getEntry(FILE);
        return LanguagePack.load(List.of(WordListSource.of(plugin.getSymbolicName() + "/" + FILE, list)));
    }
}
