package org.casenotes.template.ide.services;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.ide.NoteTemplateIdeSetup;
import org.casenotes.template.ide.highlighting.HighlightedRange;
import org.casenotes.template.ide.highlighting.LexicalHighlighter;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Headless editor services for one open {@code .ntpl} document and the library around it: content assist, lexical
 * and semantic highlighting, and validation. A text editor (JFace, or anything else) calls these on each change;
 * nothing here depends on a UI toolkit. Not thread-safe: use one instance per editor.
 */
public final class TemplateEditorServices implements AutoCloseable {

    private static volatile Injector injector;

    private final XtextResourceSet resourceSet;
    private final Provider<XtextResource> resources;
    private XtextResource loaded;
    private String loadedText;
    private final ExecutorService contentAssistPool = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ntpl-content-assist");
        thread.setDaemon(true);
        return thread;
    });

    private TemplateEditorServices(List<TemplateSource> library) {
        Injector ide = injector();
        this.resourceSet = ide.getInstance(XtextResourceSet.class);
        this.resources = ide.getProvider(XtextResource.class);
        for (TemplateSource source : library) {
            load(source.name(), source.text());
        }
    }

    /** @return services over a document that may refer to (import, extend, include) the given library files. */
    public static TemplateEditorServices over(List<TemplateSource> library) {
        return new TemplateEditorServices(library);
    }

    private static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (TemplateEditorServices.class) {
                result = injector;
                if (result == null) {
                    result = new NoteTemplateIdeSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    /** @return proposals at {@code offset} in the document, best first. */
    public List<Proposal> complete(String name, String text, int offset) {
        XtextResource resource = load(name, text);
        ContentAssistContextFactory factory = injector().getInstance(ContentAssistContextFactory.class);
        factory.setPool(contentAssistPool);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = injector().getInstance(IdeContentProposalAcceptor.class);
        injector().getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
        List<Proposal> proposals = new ArrayList<>();
        for (ContentAssistEntry entry : acceptor.getEntries()) {
            proposals.add(new Proposal(entry.getProposal(), entry.getPrefix(),
                    entry.getLabel() == null ? entry.getProposal() : entry.getLabel(), entry.getKind(),
                    entry.getDescription()));
        }
        return proposals;
    }

    /** @return lexical ranges (tokens) followed by semantic ranges (meaning), each sorted by offset. */
    public List<HighlightedRange> highlight(String name, String text) {
        List<HighlightedRange> ranges = new ArrayList<>(injector().getInstance(LexicalHighlighter.class).highlight(text));
        XtextResource resource = load(name, text);
        List<HighlightedRange> semantic = new ArrayList<>();
        injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, styles) -> {
                    for (String style : styles) {
                        semantic.add(new HighlightedRange(offset, length, style));
                    }
                }, CancelIndicator.NullImpl);
        semantic.sort(Comparator.comparingInt(HighlightedRange::offset));
        ranges.addAll(semantic);
        return ranges;
    }

    /** @return the document's outline: its top-level elements with their sections, groups and fields. */
    public List<OutlineNode> outline(String name, String text) {
        XtextResource resource = load(name, text);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof TemplateFile file)) {
            return List.of();
        }
        return TemplateOutline.of(file);
    }

    /** @return the document's diagnostics (syntax, names, all checks) with positions. */
    public List<TemplateDiagnostic> validate(String name, String text) {
        XtextResource resource = load(name, text);
        List<TemplateDiagnostic> diagnostics = new ArrayList<>();
        for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource,
                CheckMode.ALL, CancelIndicator.NullImpl)) {
            TemplateDiagnostic.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> TemplateDiagnostic.Severity.ERROR;
            case WARNING -> TemplateDiagnostic.Severity.WARNING;
            default -> TemplateDiagnostic.Severity.INFO;
            };
            diagnostics.add(new TemplateDiagnostic(name, issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
                    issue.getColumn() == null ? 1 : issue.getColumn(), issue.getOffset() == null ? 0 : issue.getOffset(),
                    issue.getLength() == null ? 0 : issue.getLength(), severity, issue.getMessage(), issue.getCode()));
        }
        return diagnostics;
    }

    /** Parses the document, or gives the resource it was parsed into if its text has not changed since. */
    private XtextResource load(String name, String text) {
        URI uri = URI.createURI(name);
        if (loaded != null && loaded.getURI().equals(uri) && text.equals(loadedText)
                && loaded.getResourceSet() == resourceSet) {
            return loaded;
        }
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            resourceSet.getResources().remove(existing);
        }
        XtextResource resource = resources.get();
        resource.setURI(uri);
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = resource;
        loadedText = text;
        return resource;
    }

    @Override
    public void close() {
        contentAssistPool.shutdownNow();
    }
}
