package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.library.TemplateWorkingSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The working set the designer compiles with on every keystroke gives, for the file being edited, exactly what
 * compiling the whole library gives ({@code casenotes check-templates} and the clinicians' form source): the same
 * diagnostics in the same order, and equal forms.
 */
class IncrementalCompilationTest {

    private static TemplateWorkingSet standard;

    @BeforeAll
    static void loadStandardLibrary() {
        standard = TemplateWorkingSet.of(StandardSources.sources());
    }

    @AfterAll
    static void close() {
        standard.close();
    }

    static Stream<TemplateSource> standardTemplates() {
        return StandardSources.sources().stream();
    }

    @ParameterizedTest
    @MethodSource("standardTemplates")
    void everyStandardTemplateCompilesAsInTheWholeLibrary(TemplateSource source) {
        assertSameAsWholeLibrary(standard, StandardSources.sources(), source);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("soap.ntpl", "a label changes",
                        (UnaryOperator<String>) t -> t.replaceFirst("\"Subjective\"", "\"What the client says\"")),
                Arguments.of("soap.ntpl", "an unknown option in a condition",
                        (UnaryOperator<String>) t -> t.replace("hint \"Put each", "shown when underSupervision = maybe hint \"Put each")),
                Arguments.of("biopsychosocial.ntpl", "a brace goes missing",
                        (UnaryOperator<String>) t -> t.substring(0, t.lastIndexOf('}'))),
                Arguments.of("sections.ntpl", "a shared section other templates include is renamed",
                        (UnaryOperator<String>) t -> t.replaceFirst("section (\\w+)", "section $1Renamed")),
                Arguments.of("progress/base.ntpl", "the base of four progress notes gains a field",
                        (UnaryOperator<String>) t -> t.replace("include RiskAssessment",
                                "include RiskAssessment\n\tfield addedByTest \"Added by a test\" : text")),
                Arguments.of("progress/base.ntpl", "the base of four progress notes is emptied",
                        (UnaryOperator<String>) t -> "package std.progress\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("edits")
    void anEditCompilesAsInTheWholeLibrary(String file, String what, UnaryOperator<String> edit) {
        List<TemplateSource> library = StandardSources.sources();
        TemplateSource original = library.stream().filter(s -> s.name().endsWith(file)).findFirst().orElseThrow();
        TemplateSource edited = new TemplateSource(original.name(), edit.apply(original.text()));
        assertFalse(edited.text().equals(original.text()), "the edit changes the text");
        try (TemplateWorkingSet working = TemplateWorkingSet.of(library)) {
            working.compile(original);
            CompiledLibrary full = compileWhole(replace(library, edited));
            assertSameAs(full, working.compile(edited));
            // the files that build on the edited one see the edit too
            for (TemplateSource other : library) {
                if (!other.name().equals(edited.name())) {
                    assertSameAs(full, working.compile(other));
                }
            }
            assertSameAsWholeLibrary(working, library, original);
        }
    }

    @Test
    void templatesThatExtendTheEditedOneFollowItsEdits() {
        TemplateSource base = new TemplateSource("/agency/base.ntpl", """
                package agency
                import std.progress.*
                abstract template AgencyBase "Agency base" version 1 kind progress extends SoapNote {
                	section extra "Extra" {
                		field mood "Mood" : choice { low "Low", ok "OK" }
                	}
                }
                """);
        TemplateSource derived = new TemplateSource("/agency/derived.ntpl", """
                package agency
                template AgencyDerived "Agency derived" version 1 kind progress extends AgencyBase {
                	section more "More" {
                		field why "Why low" : text shown when mood = low
                	}
                }
                """);
        List<TemplateSource> library = new ArrayList<>(StandardSources.sources());
        library.add(base);
        library.add(derived);
        try (TemplateWorkingSet working = TemplateWorkingSet.of(library)) {
            CompiledTemplate clean = working.compile(derived);
            assertEquals(List.of(), clean.diagnostics());
            assertEquals("agency.AgencyDerived", clean.firstForm().orElseThrow().getId());

            TemplateSource renamedOption = new TemplateSource(base.name(), base.text().replace("low \"Low\"", "sad \"Sad\""));
            working.compile(renamedOption);
            CompiledTemplate broken = working.compile(derived);
            assertTrue(broken.errors() > 0, "the derived template refers to an option that is gone");
            assertTrue(broken.forms().isEmpty());
            assertSameAsWholeLibrary(working, replace(library, renamedOption), derived);

            TemplateSource cycle = new TemplateSource(base.name(), base.text().replace("extends SoapNote", "extends AgencyDerived"));
            assertSameAsWholeLibrary(working, replace(library, cycle), cycle);
            assertSameAsWholeLibrary(working, replace(library, cycle), derived);
            assertSameAsWholeLibrary(working, library, base);
            assertEquals(List.of(), working.compile(derived).diagnostics(), "back to clean");
        }
    }

    @Test
    void aNewFileJoinsTheLibrary() {
        TemplateSource added = new TemplateSource("/agency/new.ntpl", """
                package agency
                import std.progress.*
                template Quick "Quick note" version 1 kind progress extends DapNote {
                }
                """);
        List<TemplateSource> library = StandardSources.sources();
        try (TemplateWorkingSet working = TemplateWorkingSet.of(library)) {
            List<TemplateSource> withNew = new ArrayList<>(library);
            withNew.add(added);
            assertSameAsWholeLibrary(working, withNew, added);
            assertEquals(withNew.size(), working.sources().size());
        }
    }

    private static List<TemplateSource> replace(List<TemplateSource> library, TemplateSource edited) {
        List<TemplateSource> result = new ArrayList<>();
        for (TemplateSource source : library) {
            result.add(source.name().equals(edited.name()) ? edited : source);
        }
        return result;
    }

    private static void assertSameAsWholeLibrary(TemplateWorkingSet working, List<TemplateSource> library,
            TemplateSource file) {
        assertSameAs(compileWhole(library), working.compile(file));
    }

    private static CompiledLibrary compileWhole(List<TemplateSource> library) {
        TemplateLibrary whole = TemplateLibrary.empty();
        for (TemplateSource source : library) {
            whole = whole.withSource(source);
        }
        return whole.compile();
    }

    private static void assertSameAs(CompiledLibrary full, CompiledTemplate incremental) {
        String file = incremental.name();
        List<TemplateDiagnostic> expected = full.diagnosticsOf(file);
        assertEquals(expected, incremental.diagnostics(), "diagnostics of " + file);
        List<FormDefinition> expectedForms = full.formsFrom(file);
        assertEquals(expectedForms.stream().map(FormDefinition::getId).toList(),
                incremental.forms().stream().map(FormDefinition::getId).toList(), "forms of " + file);
        for (int i = 0; i < expectedForms.size(); i++) {
            assertTrue(EcoreUtil.equals(expectedForms.get(i), incremental.forms().get(i)),
                    "form " + expectedForms.get(i).getId() + " is the same");
        }
    }
}
