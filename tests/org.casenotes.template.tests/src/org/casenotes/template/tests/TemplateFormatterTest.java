package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateFormatter;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Formatting lays a template out without changing what it means, and formatting twice changes nothing. */
class TemplateFormatterTest {

    private static CompiledLibrary original;

    @BeforeAll
    static void compileStandardLibrary() {
        original = StandardSources.library().compile();
    }

    static Stream<TemplateSource> standardTemplates() {
        return StandardSources.sources().stream();
    }

    @ParameterizedTest
    @MethodSource("standardTemplates")
    void theStandardLibraryIsLaidOutAsFormatLaysItOut(TemplateSource source) {
        assertEquals(source.text(), TemplateFormatter.format(source.text()));
    }

    @ParameterizedTest
    @MethodSource("standardTemplates")
    void formattingAScrambledStandardTemplateIsIdempotentAndKeepsItsMeaning(TemplateSource source) {
        String scrambled = scrambleIndentation(source.text());
        String once = TemplateFormatter.format(scrambled);
        assertEquals(once, TemplateFormatter.format(once), "formatting twice changes nothing");
        assertEquals(source.text().replaceAll("\\s+", ""), once.replaceAll("\\s+", ""), "only whitespace changes");

        TemplateLibrary library = TemplateLibrary.empty();
        for (TemplateSource each : StandardSources.sources()) {
            library = library.withSource(each.name().equals(source.name()) ? new TemplateSource(each.name(), once) : each);
        }
        CompiledLibrary after = library.compile();
        assertEquals(messages(original.diagnosticsOf(source.name())), messages(after.diagnosticsOf(source.name())));
        List<FormDefinition> before = original.formsFrom(source.name());
        List<FormDefinition> now = after.formsFrom(source.name());
        assertEquals(before.size(), now.size());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(EcoreUtil.equals(before.get(i), now.get(i)), "the form " + before.get(i).getId() + " is the same");
        }
    }

    /** @return the text with every line outside text blocks indented by two spaces, and extra blank lines */
    private static String scrambleIndentation(String text) {
        StringBuilder scrambled = new StringBuilder("\n\n");
        boolean inTextBlock = false;
        for (String line : text.split("\n", -1)) {
            int quotes = line.split("\"\"\"", -1).length - 1;
            boolean opensTextBlock = !inTextBlock && quotes % 2 == 1;
            // trailing spaces after an opening """ would be text of the block: only outside blocks are spaces added
    		scrambled.append(inTextBlock ? line : "  " + line.strip() + (opensTextBlock ? "" : "   ")).append('\n');
    		if (!inTextBlock && line.isBlank()) {
    			scrambled.append('\n');
    		}
    		inTextBlock = quotes % 2 == 1 ? !inTextBlock : inTextBlock;
    	}
    	return scrambled.toString();
    }

    private static List<String> messages(List<TemplateDiagnostic> diagnostics) {
    	return diagnostics.stream().map(TemplateDiagnostic::message).toList();
    }

    @Test
    void indentsByBracesAndContinuationsAndTidiesBlankLines() {
    	String messy = """


                package agency
                template T "T" version 1 kind progress {
                section s "S" {
                        field a "A" : choice {
                  yes "Yes",
                no "No"
                    }   \s
                              shown when b = 1


                  field b "B" : integer
                }
                  }
                """;
        String expected = """
                package agency
                template T "T" version 1 kind progress {
                \tsection s "S" {
                \t\tfield a "A" : choice {
                \t\t\tyes "Yes",
                \t\t\tno "No"
                \t\t}
                \t\tshown when b = 1

                \t\tfield b "B" : integer
                \t}
                }
                """;
		assertEquals(expected, TemplateFormatter.format(messy));
	}

	@Test
	void leavesTextBlocksAsTheyAre() {
		String letter = "template L \"L\" version 1 kind letter {\n\tbody \"\"\"\n    Dear {{client}},\n  kept as written\n\t\"\"\"\n}\n";
		assertEquals(letter, TemplateFormatter.format(letter));
		assertEquals(letter, TemplateFormatter.format(letter.replace("\tbody", "      body")));
	}
}
