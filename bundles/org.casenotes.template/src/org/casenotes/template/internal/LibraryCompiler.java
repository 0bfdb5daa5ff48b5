package org.casenotes.template.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.ast.TopLevelElement;
import org.casenotes.template.compiler.FormCompiler;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

/** Loads, validates and compiles a set of sources; compiles only templates whose files (and bases' files) are clean. */
public final class LibraryCompiler {

    private final Injector injector;

    public LibraryCompiler(Injector injector) {
        this.injector = injector;
    }

    /** Thread stack for one compilation: deeply nested conditions recurse deeply in the parser and validator. */
    private static final long STACK_BYTES = 256L << 20;

    /**
     * Compiles on a thread with a large stack, so that deep nesting in a template is not a failure. Whatever the
     * compilation throws, errors such as {@link OutOfMemoryError} included, is thrown here, to the caller.
     */
    public CompiledLibrary compile(List<TemplateSource> sources) {
        CompiledLibrary[] result = new CompiledLibrary[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = compileHere(sources);
            } catch (Throwable e) { // handed to the caller's thread, which reports it
                failure[0] = e;
            }
        }, "ntpl-compiler", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling templates", e);
        }
        if (failure[0] instanceof RuntimeException exception) {
            throw exception;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        return result[0];
    }

    private CompiledLibrary compileHere(List<TemplateSource> sources) {
        TemplateWorkspace workspace = new TemplateWorkspace(injector);
        workspace.load(sources);
        workspace.validate();
        List<TemplateDiagnostic> diagnostics = new ArrayList<>(workspace.diagnostics());
        Set<Resource> broken = new HashSet<>();
        for (TemplateFile file : workspace.files()) {
            if (workspace.hasErrors(file)) {
                broken.add(file.eResource());
            }
        }
        Map<String, FormDefinition> forms = new HashMap<>();
        FormCompiler compiler = injector.getInstance(FormCompiler.class);
        for (TemplateFile file : workspace.files()) {
            for (TopLevelElement element : file.getElements()) {
                if (element instanceof Template template && Compilability.compilable(template, broken::contains)) {
                    try {
                        FormDefinition form = compiler.compile(template);
                        forms.put(form.getId(), form);
                    } catch (RuntimeException | StackOverflowError e) {
                        diagnostics.add(TemplateWorkspace.internal(TemplateWorkspace.nameOf(file.eResource()), e));
                    }
                }
            }
        }
        return new CompiledLibrary(forms, diagnostics);
    }
}
