package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.internal.LanguageRuntime;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.library.TemplateWorkingSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * Templates keep the names they are given in a resource set, whether or not the workspace has started: the resource
 * set records a file's normalized URI when it is added, the index normalizes it again when linking, and a file is
 * visible only if both agree. EMF normalizes a name without a scheme differently before and after the workspace
 * bundle is active, so a designer opened while the workbench was starting did not see the standard library ("No
 * template named 'SoapNote'").
 */
class TemplateNamesTest {

    private static final String FROM_SOAP = """
            package agency

            import std.progress.SoapNote

            template NamedNote "Agency SOAP progress note" version 1 kind progress extends SoapNote {
            }
            """;

    @Test
    void namesWithoutASchemeAreTheirOwnNormalForm() {
        XtextResourceSet resourceSet = LanguageRuntime.injector().getInstance(XtextResourceSet.class);
        for (String name : List.of("org.casenotes.templates.std/templates/std/progress/soap.ntpl",
                "/agency/templates/NamedNote.ntpl")) {
            URI uri = URI.createURI(name);
            assertEquals(uri, resourceSet.getURIConverter().normalize(uri), name);
        }
        URI file = URI.createFileURI("/agency/templates/NamedNote.ntpl");
        assertEquals(file, resourceSet.getURIConverter().normalize(file), "file URIs are left as EMF leaves them");
    }

    @Test
    void aTemplateNamedByAPathSeesTheStandardLibraryNamedByBundle() {
        List<TemplateSource> library = new ArrayList<>(TemplateLibrary.contributed().sources());
        TemplateSource fresh = new TemplateSource("agency/templates/NamedNote.ntpl", FROM_SOAP);
        library.add(fresh);
        try (TemplateWorkingSet working = TemplateWorkingSet.of(library)) {
            CompiledTemplate compiled = working.compile(fresh);
            assertEquals(List.of(), compiled.diagnostics().stream().filter(TemplateDiagnostic::isError).toList());
            assertEquals(List.of("agency.NamedNote"), compiled.forms().stream().map(form -> form.getId()).toList());
        }
    }
}
