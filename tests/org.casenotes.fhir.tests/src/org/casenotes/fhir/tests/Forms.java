package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;

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
