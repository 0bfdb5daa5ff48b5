package org.casenotes.template.internal;

import org.casenotes.template.NoteTemplateStandaloneSetup;

import com.google.inject.Injector;

/** Creates the language's Guice injector once per JVM, lazily, and remembers what that cost. */
public final class LanguageRuntime {

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

	/** @return how long creating the injector took, in nanoseconds (0 before it was created). */
	public static long injectorCreationNanos() {
		return creationNanos;
	}
}
