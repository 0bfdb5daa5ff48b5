package org.casenotes.template.ui.internal;

import java.util.List;

import org.casenotes.template.ide.highlighting.HighlightedRange;
import org.casenotes.template.ide.services.OutlineNode;
import org.casenotes.template.ide.services.Proposal;
import org.casenotes.template.ide.services.TemplateEditorServices;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.library.TemplateWorkingSet;

/**
 * The language services of one open template. Compilation (diagnostics and the previewed form) goes through a
 * {@link TemplateWorkingSet} that keeps the library linked, so a keystroke re-compiles only this template; content
 * assist and colouring go through the {@code .ide} services, which are not thread-safe and so are called under this
 * object's lock. The two never wait for each other.
 */
public final class TemplateDocumentServices implements AutoCloseable {

    private final String name;
    private final List<TemplateSource> library;
    private final TemplateEditorServices services;
    private final TemplateWorkingSet workingSet;
    private final Object compileLock = new Object();
    private String compiledText;
    private CompiledTemplate compiled;

    /**
     * @param name    the document's name in diagnostics (a path ending in {@code .ntpl})
     * @param sources the library the document belongs to, in the order {@code casenotes check-templates} reads it;
     *                the document itself among them if it is already saved there
     */
    public TemplateDocumentServices(String name, List<TemplateSource> sources) {
        this.name = name;
        this.library = sources.stream().filter(source -> !source.name().equals(name)).toList();
        this.services = TemplateEditorServices.over(this.library);
        this.workingSet = TemplateWorkingSet.of(sources);
    }

    public String name() {
        return name;
    }

    /** @return the templates the document may import, extend and include (never the document itself) */
    public List<TemplateSource> library() {
        return library;
    }

    /**
     * @return the document's diagnostics and forms for this text, as {@code casenotes check-templates} and the
     *         clinicians' form source compile it; the same text is compiled once
     */
    public CompiledTemplate compile(String text) {
        synchronized (compileLock) {
            if (!text.equals(compiledText)) {
                compiled = workingSet.compile(new TemplateSource(name, text));
                compiledText = text;
            }
            return compiled;
        }
    }

    public synchronized List<Proposal> complete(String text, int offset) {
        return services.complete(name, text, offset);
    }

    public synchronized List<OutlineNode> outline(String text) {
        return services.outline(name, text);
    }

    public synchronized List<HighlightedRange> highlight(String text) {
        return services.highlight(name, text);
    }

    @Override
    public void close() {
        workingSet.close();
        synchronized (this) {
            services.close();
        }
    }
}
