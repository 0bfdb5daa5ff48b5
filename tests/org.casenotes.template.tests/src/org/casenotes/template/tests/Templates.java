package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.template.internal.LanguageRuntime;
import org.casenotes.template.internal.TemplateWorkspace;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/** Test fixture: parses and validates template texts, then answers questions about the diagnostics. */
final class Templates {

    private final List<TemplateDiagnostic> diagnostics;
    private final TemplateWorkspace workspace;

    private Templates(TemplateWorkspace workspace) {
        this.workspace = workspace;
        this.diagnostics = workspace.diagnostics();
    }

    /** Validates files given as alternating names and texts, e.g. {@code check("a.ntpl", "...", "b.ntpl", "...")}. */
    static Templates check(String... namesAndTexts) {
        List<TemplateSource> sources = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            sources.add(new TemplateSource(namesAndTexts[i], namesAndTexts[i + 1]));
        }
        return check(sources);
    }

    static Templates check(List<TemplateSource> sources) {
        TemplateWorkspace workspace = new TemplateWorkspace(LanguageRuntime.injector());
        workspace.load(sources);
        workspace.validate();
        return new Templates(workspace);
    }

    /** Compiles files given as alternating names and texts; fails if any has an error. */
    static CompiledLibrary compile(String... namesAndTexts) {
        TemplateLibrary library = TemplateLibrary.empty();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            library = library.withSource(new TemplateSource(namesAndTexts[i], namesAndTexts[i + 1]));
        }
        CompiledLibrary compiled = library.compile();
        if (compiled.hasErrors()) {
            fail("Expected no errors but got:\n" + compiled.diagnostics().stream().map(TemplateDiagnostic::toString)
                    .collect(Collectors.joining("\n")));
        }
        return compiled;
    }

    /** Validates one file named {@code test.ntpl}. */
    static Templates checkOne(String text) {
        return check("test.ntpl", text);
    }

    TemplateWorkspace workspace() {
        return workspace;
    }

    List<TemplateDiagnostic> diagnostics() {
        return diagnostics;
    }

    List<TemplateDiagnostic> errors() {
        return diagnostics.stream().filter(TemplateDiagnostic::isError).toList();
    }

    Templates assertClean() {
        if (!diagnostics.isEmpty()) {
            fail("Expected no diagnostics but got:\n" + describe());
        }
        return this;
    }

    Templates assertNoErrors() {
        if (!errors().isEmpty()) {
            fail("Expected no errors but got:\n" + describe());
        }
        return this;
    }

    /** Asserts an error with the given code whose message contains {@code fragment}, and returns it. */
    TemplateDiagnostic assertError(String code, String fragment) {
        return diagnostics.stream()
                .filter(d -> d.isError() && code.equals(d.code()) && d.message().contains(fragment)).findFirst()
                .orElseGet(() -> fail("Expected an error " + code + " containing '" + fragment + "' but got:\n"
                        + describe()));
    }

    TemplateDiagnostic assertWarning(String code, String fragment) {
        return diagnostics.stream()
                .filter(d -> d.severity() == TemplateDiagnostic.Severity.WARNING && code.equals(d.code())
                        && d.message().contains(fragment))
                .findFirst().orElseGet(() -> fail("Expected a warning " + code + " containing '" + fragment
                        + "' but got:\n" + describe()));
    }

    Templates assertNo(String code) {
        assertTrue(diagnostics.stream().noneMatch(d -> code.equals(d.code())),
                () -> "Expected no " + code + " but got:\n" + describe());
        return this;
    }

    String describe() {
        return diagnostics.stream().map(TemplateDiagnostic::toString).collect(Collectors.joining("\n"));
    }
}
