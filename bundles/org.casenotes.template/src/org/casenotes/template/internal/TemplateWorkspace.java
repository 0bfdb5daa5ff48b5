package org.casenotes.template.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateDiagnostic.Severity;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Parses a set of template files into one resource set (so they can refer to each other) and validates them. Any
 * failure inside the language is turned into a diagnostic: callers never see an exception for bad input.
 */
public final class TemplateWorkspace {

    /** Issue code of a file nested more deeply than the parser can follow. */
    public static final String TOO_DEEP = "org.casenotes.template.tooDeep";

    /** Issue code of bytes that were not UTF-8 when the file was read (they are U+FFFD in its text). */
    public static final String NOT_UTF8 = "org.casenotes.template.notUtf8";

    /** Issue code of a diagnostic that reports a failure of the language implementation itself. */
    public static final String INTERNAL_ERROR = "org.casenotes.template.internalError";

    private final XtextResourceSet resourceSet;
    private final Provider<XtextResource> resourceProvider;
    private final List<TemplateDiagnostic> diagnostics = new ArrayList<>();
    private final List<XtextResource> resources = new ArrayList<>();

    public TemplateWorkspace(Injector injector) {
        this.resourceSet = injector.getInstance(XtextResourceSet.class);
        this.resourceProvider = injector.getProvider(XtextResource.class);
    }

    /** Parses all sources; call {@link #validate()} afterwards. */
    public void load(List<TemplateSource> sources) {
        for (TemplateSource source : sources) {
            URI uri = uriOf(source.name());
            try {
                XtextResource resource = resourceProvider.get();
                resource.setURI(uri);
                resourceSet.getResources().add(resource);
                resource.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
                resources.add(resource);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                diagnostics.add(internal(source.name(), e));
            }
        }
    }

    /** Validates every loaded file (syntax, links, all checks) and collects the diagnostics. */
    public void validate() {
        for (XtextResource resource : resources) {
            diagnostics.addAll(validate(resource));
        }
    }

    /** @return the diagnostics of one file (syntax, links, all checks); a failure of the language is one of them. */
    static List<TemplateDiagnostic> validate(XtextResource resource) {
        String file = nameOf(resource);
        List<TemplateDiagnostic> found = new ArrayList<>();
        if (resource.getParseResult() != null) {
            found.addAll(UndecodedBytes.in(file, resource.getParseResult().getRootNode().getText()));
        }
        try {
            IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                found.add(toDiagnostic(file, issue));
            }
        } catch (RuntimeException | StackOverflowError e) {
            found.add(internal(file, e));
        }
        return found;
    }

    public List<TemplateDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** @return the parsed files, in load order (files that failed to parse at all are missing). */
    public List<TemplateFile> files() {
        List<TemplateFile> files = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TemplateFile file) {
                files.add(file);
            }
        }
        return files;
    }

    /** @return whether a file has an error-level diagnostic. */
    public boolean hasErrors(TemplateFile file) {
        String name = nameOf(file.eResource());
        return diagnostics.stream().anyMatch(d -> d.isError() && d.file().equals(name));
    }

    /** @return the name diagnostics and compiled forms use for a file: its path, or its URI if not a file. */
    public static String nameOf(Resource resource) {
        URI uri = resource.getURI();
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }

    static URI uriOf(String name) {
        return name.startsWith("/") ? URI.createFileURI(name) : URI.createURI(name);
    }

    private static TemplateDiagnostic toDiagnostic(String file, Issue issue) {
        Severity severity = switch (issue.getSeverity()) {
        case ERROR -> Severity.ERROR;
        case WARNING -> Severity.WARNING;
        default -> Severity.INFO;
        };
        return new TemplateDiagnostic(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
                issue.getOffset() == null ? 0 : issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength(),
                severity, issue.getMessage(), issue.getCode());
    }

    private static int orOne(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    static TemplateDiagnostic internal(String file, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return new TemplateDiagnostic(file, 1, 1, 0, 0, Severity.ERROR,
                        "This file nests parentheses or sections too deeply to be read. Simplify the deepest condition.",
                        TOO_DEEP);
            }
        }
        return new TemplateDiagnostic(file, 1, 1, 0, 0, Severity.ERROR,
                "The template language failed on this file (" + failure + "). Please report it with the file attached.",
                INTERNAL_ERROR);
    }
}
