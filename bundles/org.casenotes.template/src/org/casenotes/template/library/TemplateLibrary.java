package org.casenotes.template.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.template.internal.ContributedLibraries;
import org.casenotes.template.internal.LanguageRuntime;
import org.casenotes.template.internal.LibraryCompiler;

/**
 * The entry point for everything outside the template bundles: collect {@code .ntpl} sources (files, folders, the
 * libraries plugins contribute, the standard library among them), then {@link #compile()} them into form definitions
 * with diagnostics. Templates in one library can extend and include each other across files.
 *
 * <pre>
 * CompiledLibrary library = TemplateLibrary.contributed().withDirectory(agencyFolder).compile();
 * library.diagnostics().forEach(System.err::println);
 * FormDefinition soap = library.form("std.progress.SoapNote").orElseThrow();
 * </pre>
 *
 * Instances are immutable; each {@code with...} returns a new library.
 */
public final class TemplateLibrary {

    private final List<TemplateSource> sources;

    private TemplateLibrary(List<TemplateSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** @return a library without any templates. */
    public static TemplateLibrary empty() {
        return new TemplateLibrary(List.of());
    }

    /**
     * @return the templates of every installed plugin that contributes to the extension point
     *         {@code org.casenotes.template.libraries} (the standard library is one); empty outside OSGi.
     */
    public static TemplateLibrary contributed() {
        return new TemplateLibrary(ContributedLibraries.sources());
    }

    public TemplateLibrary withSource(TemplateSource source) {
        List<TemplateSource> more = new ArrayList<>(sources);
        more.add(source);
        return new TemplateLibrary(more);
    }

    public TemplateLibrary withFile(Path file) {
        return withSource(TemplateSource.of(file));
    }

    /** @return this library plus every {@code .ntpl} file below {@code directory}, in path order. */
    public TemplateLibrary withDirectory(Path directory) {
        List<TemplateSource> more = new ArrayList<>(sources);
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(f -> f.toString().endsWith(".ntpl") && Files.isRegularFile(f)).sorted()
                    .map(TemplateSource::of).forEach(more::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template folder " + directory, e);
        }
        return new TemplateLibrary(more);
    }

    public List<TemplateSource> sources() {
        return sources;
    }

    /**
     * Parses, validates and compiles every template. Never throws for bad template text: problems come back as
     * diagnostics, and templates with errors (or whose bases have errors) are not compiled.
     */
    public CompiledLibrary compile() {
        return LanguageRuntime.exclusively(() -> new LibraryCompiler(LanguageRuntime.injector()).compile(sources));
    }

    /**
     * @return a working set over these sources, for an editor that compiles one changed file at a time against the
     *         rest (the caller closes it)
     */
    public TemplateWorkingSet workingSet() {
        return TemplateWorkingSet.of(sources);
    }

    /** @return nanoseconds the one-time creation of the language runtime took in this JVM (0 if not yet created). */
    public static long runtimeStartupNanos() {
        return LanguageRuntime.injectorCreationNanos();
    }
}
