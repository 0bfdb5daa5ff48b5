package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.template.ide.highlighting.HighlightedRange;
import org.casenotes.template.ide.highlighting.HighlightingStyles;
import org.casenotes.template.ide.services.Proposal;
import org.casenotes.template.ide.services.TemplateEditorServices;
import org.casenotes.template.library.TemplateSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content assist, highlighting and validation as an editor would call them, without any UI. */
class IdeServicesTest {

    private static TemplateEditorServices services;

    @BeforeAll
    static void open() {
        services = TemplateEditorServices.over(List.of(new TemplateSource("lists.ntpl", """
                package agency.lists
                options Moods "Moods" { calm "Calm", tense "Tense" }
                """)));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<String> proposalsAt(String textWithCursor) {
        int offset = textWithCursor.indexOf('|');
        String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
        return services.complete("doc.ntpl", text, offset).stream().map(Proposal::text).toList();
    }

    @Test
    void proposesKeywordsForTheNextMember() {
        List<String> proposals = proposalsAt("""
                template T "T" version 1 kind progress {
                	|
                }""");
        assertTrue(proposals.containsAll(List.of("section", "field", "group", "calc", "include", "signature")),
                proposals::toString);
    }

    @Test
    void proposesFieldReferencesInConditions() {
        List<String> proposals = proposalsAt("""
                template T "T" version 1 kind progress {
                	field progress "Progress" : choice { improved "Improved", setback "Setback" }
                	field reason "Reason" : longtext required when pro|
                }""");
        assertTrue(proposals.contains("progress"), proposals::toString);
        assertFalse(proposals.contains("reason"), "prefix filters other fields: " + proposals);
    }

    @Test
    void proposesAnswerOptionsOfTheTestedChoice() {
        List<String> proposals = proposalsAt("""
                template T "T" version 1 kind progress {
                	field progress "Progress" : choice { improved "Improved", setback "Setback" }
                	field reason "Reason" : longtext required when progress in [|
                }""");
        assertTrue(proposals.containsAll(List.of("improved", "setback")), proposals::toString);
    }

    @Test
    void proposesImportsAndNoteKinds() {
        List<String> imports = proposalsAt("""
                package agency
                import |""");
        assertTrue(imports.containsAll(List.of("agency.lists.*", "agency.lists.Moods")), imports::toString);
        List<String> kinds = proposalsAt("template T \"T\" version 1 kind |");
        assertTrue(kinds.containsAll(List.of("progress", "intake", "letter", "psychotherapy")), kinds::toString);
    }

    @Test
    void highlightsTokensAndMeaning() {
        String text = """
                template T "Title" version 1 kind progress {
                	field mood "Mood" : choice from agency.lists.Moods
                	field why "Why" : text required when mood = tense // note
                	body \"""Dear {client.firstName}\"""
                }""";
        List<HighlightedRange> ranges = services.highlight("doc.ntpl", text);
        assertStyle(ranges, text, "template", HighlightingStyles.KEYWORD);
        assertStyle(ranges, text, "\"Title\"", HighlightingStyles.STRING);
        assertStyle(ranges, text, "1", HighlightingStyles.NUMBER);
        assertStyle(ranges, text, "// note\n", HighlightingStyles.COMMENT);
        assertStyle(ranges, text, "progress", HighlightingStyles.NOTE_KIND);
        assertStyle(ranges, text, "agency.lists.Moods", HighlightingStyles.TYPE_REFERENCE);
        assertStyle(ranges, text, "tense", HighlightingStyles.OPTION_REFERENCE);
        assertStyle(ranges, text, "{client.firstName}", HighlightingStyles.MERGE_FIELD);
        int reference = text.indexOf("mood = ");
        assertTrue(ranges.contains(new HighlightedRange(reference, 4, HighlightingStyles.FIELD_REFERENCE)));
        assertTrue(ranges.contains(new HighlightedRange(text.indexOf("mood"), 4, HighlightingStyles.DECLARATION)));
    }

    private static void assertStyle(List<HighlightedRange> ranges, String text, String token, String style) {
        HighlightedRange expected = new HighlightedRange(text.indexOf(token), token.length(), style);
        assertTrue(ranges.contains(expected), () -> "missing " + expected + " for '" + token + "' in " + ranges);
    }

    @Test
    void validatesTheOpenDocumentAgainstTheLibrary() {
        assertEquals(List.of(), services.validate("doc.ntpl", """
                import agency.lists.*
                template T "T" version 1 kind contact { field m "Mood" : choice from Moods signature signature "S" }
                """));
        var diagnostics = services.validate("doc.ntpl", """
                template T "T" version 1 kind contact { field m "Mood" : choice from Moods signature signature "S" }
                """);
        assertEquals(1, diagnostics.size());
        assertEquals(1, diagnostics.get(0).line());
        assertEquals(70, diagnostics.get(0).column());
    }
}
