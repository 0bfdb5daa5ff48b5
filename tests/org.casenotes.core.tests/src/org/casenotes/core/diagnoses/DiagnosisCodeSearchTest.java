package org.casenotes.core.diagnoses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiagnosisCodeSearchTest {

    private final DiagnosisCodeSearch search = new DiagnosisCodeSearch(Icd10CmCodes.behavioralHealth());

    private List<String> codes(String query, int limit) {
        return search.search(query, limit).stream().map(IcdCode::code).toList();
    }

    @Test
    void theExactCodeRanksFirstHoweverItIsTyped() {
        assertEquals("F43.10", codes("F43.10", 5).get(0));
        assertEquals("F43.10", codes("f4310", 5).get(0));
        assertEquals("F41.1", codes("F41.1", 5).get(0), "before F41.1's longer neighbours, were there any");
    }

    @Test
    void aCodePrefixListsItsCodesShorterFirst() {
        assertEquals(List.of("F43.10", "F43.11", "F43.12"), codes("F43.1", 10));
        assertEquals(List.of("F43.0", "F43.9", "F43.10"), codes("F43", 3));
    }

    @Test
    void wordsFindDescriptionsAndEveryWordMustMatch() {
        assertEquals(List.of("F43.81"), codes("grief", 10));
        assertEquals(List.of("F43.10", "F43.11", "F43.12"), codes("post traumatic", 10));
        assertEquals(List.of("F43.10", "F43.11", "F43.12"), codes("Post-traumatic stress", 10));
        assertEquals(List.of("F10.230", "F10.231", "F10.239", "F10.232"), codes("alcohol dependence withdraw", 10),
                "the shorter description first");
    }

    @Test
    void aDescriptionStartingWithTheWordRanksBeforeOneContainingIt() {
        assertEquals("F32.A", codes("depression", 5).get(0), "'Depression, unspecified' before 'Postpartum depression'");
        assertEquals(List.of("Z59.00", "Z59.01", "Z59.02"), codes("homeless", 3));
    }

    @Test
    void codeAndWordsTogetherNarrowEachOther() {
        assertEquals(List.of("F43.12"), codes("F43 chronic", 10));
    }

    @Test
    void nothingMatchesGivesNothingAndABlankQueryGivesTheListInOrder() {
        assertEquals(List.of(), codes("zebra", 10));
        assertEquals(List.of("F01.50", "F01.511"), codes("  ", 2));
    }
}
