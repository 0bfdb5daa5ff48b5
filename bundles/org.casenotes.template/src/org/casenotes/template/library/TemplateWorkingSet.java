package org.casenotes.template.library;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casenotes.template.internal.IncrementalCompiler;
import org.casenotes.template.internal.LanguageRuntime;

/**
 * A library kept parsed and linked between compilations, for an editor: when the designer changes one file,
 * {@link #compile(TemplateSource)} re-reads only that file (and the few files that refer to it) and gives the same
 * diagnostics and forms for it that {@link TemplateLibrary#compile()} gives for the whole library, in a fraction of
 * the time.
 *
 * <pre>
 * try (TemplateWorkingSet working = TemplateLibrary.contributed().withDirectory(agencyFolder).workingSet()) {
 * 	CompiledTemplate latest = working.compile(new TemplateSource(file, textBeingTyped));
 * 	latest.diagnostics().forEach(System.err::println);
 * }
 * </pre>
 *
 * Thread-safe: compilations run one at a time on the working set's own thread (with a stack deep enough for deeply
 * nested templates). Close it to let the library go.
 */
public final class TemplateWorkingSet implements AutoCloseable {

    /** Stack of the compiling thread: deeply nested conditions recurse deeply in the parser and validator. */
    private static final long STACK_BYTES = 256L << 20;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(null, runnable, "ntpl-working-set", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });
    private final List<TemplateSource> library;
    private IncrementalCompiler compiler; // confined to the worker thread

    private TemplateWorkingSet(List<TemplateSource> sources) {
        library = List.copyOf(sources);
        worker.execute(() -> {
            try {
                LanguageRuntime.exclusively(this::compiler);
            } catch (RuntimeException e) {
                // the first compilation tries again and reports the failure
            }
        });
    }

    /** @return the compiler, created on first use (in the worker thread); a failed creation is tried again */
    private IncrementalCompiler compiler() {
        if (compiler == null) {
            compiler = new IncrementalCompiler(LanguageRuntime.injector(), library);
        }
        return compiler;
    }

    /** @return a working set over these sources; they are parsed in the background, starting now */
    public static TemplateWorkingSet of(List<TemplateSource> sources) {
        return new TemplateWorkingSet(sources);
    }

    /**
     * Replaces one file's text (or adds the file) and compiles it against the rest of the library. Never throws for
     * bad template text: problems come back as diagnostics.
     *
     * @return the file's diagnostics and the forms it defines
     */
    public CompiledTemplate compile(TemplateSource source) {
        return await(worker.submit(() -> LanguageRuntime.exclusively(() -> compiler().compile(source))));
    }

    /** @return the sources as they are now, in library order (changed files with their latest text) */
    public List<TemplateSource> sources() {
        return await(worker.submit(() -> LanguageRuntime.exclusively(() -> compiler().sources())));
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling templates", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the working set's thread; compilations asked for afterwards fail. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
