package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.casenotes.template.ide.NoteTemplateIdeSetup;
import org.casenotes.template.ide.services.TemplateEditorServices;
import org.casenotes.template.internal.LanguageRuntime;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.library.TemplateWorkingSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The compiler's injector and the editor's injector live side by side (the designer uses both): whichever registered
 * last in EMF's global registry, each links templates with its own services, so a template extending the standard
 * library compiles clean in both, as {@code casenotes check-templates} says.
 */
class InjectorRegistrationTest {

    private static final String NEW_FROM_SOAP = """
            package agency

            import std.progress.SoapNote

            template AgencyNote "Agency SOAP progress note" version 1 kind progress extends SoapNote {
            	// add sections and fields, or override inherited ones
            }
            """;

    @Test
    void theCompilersResourceSetsFindTheCompilersOwnServicesAfterTheEditorRegistered() {
        Injector compiler = LanguageRuntime.injector();
        Injector editor = new NoteTemplateIdeSetup().createInjectorAndDoEMFRegistration(); // registered in EMF last
        assertSame(editor, IResourceServiceProvider.Registry.INSTANCE
                .getResourceServiceProvider(URI.createFileURI("/agency/AgencyNote.ntpl")).get(Injector.class));
        IResourceServiceProvider.Registry registry = compiler.getInstance(IResourceServiceProvider.Registry.class);
        IResourceServiceProvider found = registry.getResourceServiceProvider(URI.createFileURI("/agency/AgencyNote.ntpl"));
        assertSame(compiler, found.get(Injector.class), "the compiler's index reads templates with its own services");
    }

    @Test
    void aTemplateExtendingSoapCompilesCleanWhileTheEditorOpensBesideIt() throws Exception {
        List<TemplateSource> library = new ArrayList<>(TemplateLibrary.contributed().sources());
        TemplateSource fresh = new TemplateSource("/agency/templates/AgencyNote.ntpl", NEW_FROM_SOAP);
        library.add(fresh);
        for (int round = 0; round < 3; round++) {
            CompletableFuture<TemplateEditorServices> editor = CompletableFuture
                    .supplyAsync(() -> TemplateEditorServices.over(TemplateLibrary.contributed().sources()));
            try (TemplateWorkingSet working = TemplateWorkingSet.of(library)) {
                CompiledTemplate compiled = working.compile(fresh);
                List<TemplateDiagnostic> errors = compiled.diagnostics().stream().filter(TemplateDiagnostic::isError)
                        .toList();
                assertEquals(List.of(), errors, "what check-templates says of the new template");
                assertEquals(List.of("agency.AgencyNote"),
                        compiled.forms().stream().map(form -> form.getId()).toList(), "the form to preview");
            } finally {
                editor.get().close();
            }
        }
    }
}
