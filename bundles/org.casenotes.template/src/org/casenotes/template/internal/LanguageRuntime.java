package org.casenotes.template.internal;

import java.util.function.Supplier;

import org.casenotes.template.NoteTemplateStandaloneSetup;

import com.google.inject.Injector;

/** Creates the language's Guice injector once per JVM, lazily, and remembers what that cost. */
public final class LanguageRuntime {

    private static final Object LANGUAGE = new Object();
    private static volatile Injector injector;
    private static volatile long creationNanos;

    private LanguageRuntime() {
    }

    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (LanguageRuntime.class) {
                result = injector;
                if (result == null) {
                    long start = System.nanoTime();
                    result = new NoteTemplateStandaloneSetup().createInjectorAndDoEMFRegistration();
                    creationNanos = System.nanoTime() - start;
                    injector = result;
                }
            }
        }
        return result;
    }

    /**
     * Runs {@code work} (parsing, linking, validating or compiling with this injector) while no other thread does:
     * the injector's singletons (value converters, caches filled on first use) are shared by every resource set it
     * makes and are not made for concurrent use. Two compilations at once, such as the caseload's scan at start and
     * a designer's first compilation, or a closed designer's compilation still running beside a new one, left a
     * library file unread in one of them, and its templates unknown ("No template named 'SoapNote'").
     */
    public static <T> T exclusively(Supplier<T> work) {
        synchronized (LANGUAGE) {
            return work.get();
        }
    }

    /** @return how long creating the injector took, in nanoseconds (0 before it was created). */
    public static long injectorCreationNanos() {
        return creationNanos;
    }
}
