package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casenotes.fhir.KnownDefinitions;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.query.FormDefinitions;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/** Compiled forms for the tests: the standard library as installed, or one template written in the test. */
final class Forms {

    private static CompiledLibrary standard;

    private Forms() {
    }

    static synchronized CompiledLibrary standard() {
        if (standard == null) {
            standard = TemplateLibrary.contributed().compile();
        }
        return standard;
    }

    static FormDefinition standard(String id) {
        return standard().form(id).orElseThrow(() -> new AssertionError("no standard template " + id));
    }

    /** The option sets and instruments the standard library's forms use, for imports into it. */
    static KnownDefinitions known() {
        Map<String, List<String>> sets = new HashMap<>();
        Map<String, List<String>> instruments = new HashMap<>();
        for (FormDefinition form : standard().forms()) {
            for (FormElement element : FormDefinitions.allElements(form)) {
                if (element instanceof Field field && field.getType() instanceof ChoiceType choice
                        && choice.getOptionSetId() != null) {
                    sets.put(choice.getOptionSetId(), choice.getOptions().stream().map(o -> o.getId()).toList());
                }
                if (element instanceof InstrumentBlock block) {
                    instruments.put(block.getInstrument().getId(),
                            block.getInstrument().getItems().stream().map(i -> i.getId()).toList());
                }
            }
        }
        return new KnownDefinitions(sets, instruments);
    }

    /** Compiles a template file beside the standard library; returns its diagnostics' errors and the form. */
    static CompiledLibrary compileFile(String text) {
        return TemplateLibrary.contributed().withSource(new TemplateSource("imported.ntpl", text)).compile();
    }

    static String errors(CompiledLibrary compiled) {
        return compiled.diagnosticsOf("imported.ntpl").stream().filter(TemplateDiagnostic::isError)
                .map(TemplateDiagnostic::toString).collect(Collectors.joining("\n"));
    }

    /** Compiles one template file (with the standard library beside it, for its option sets and instruments). */
    static FormDefinition compile(String id, String text) {
        CompiledLibrary compiled = TemplateLibrary.contributed().withSource(new TemplateSource("test.ntpl", text))
                .compile();
        String errors = compiled.diagnosticsOf("test.ntpl").stream().filter(TemplateDiagnostic::isError)
                .map(TemplateDiagnostic::toString).collect(Collectors.joining("\n"));
        if (!errors.isEmpty()) {
            fail("the test template does not compile:\n" + errors);
        }
        return compiled.form(id).orElseThrow(() -> new AssertionError("no template " + id));
    }
}
