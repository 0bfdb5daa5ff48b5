package org.casenotes.template;

import org.casenotes.template.internal.XtextRuntimeSettings;

import com.google.inject.Injector;

/** Creates the language's injector and registers it with EMF when running without Equinox (tests, CLI, tools). */
public class NoteTemplateStandaloneSetup extends NoteTemplateStandaloneSetupGenerated {

    public static void doSetup() {
        new NoteTemplateStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    /**
     * Creates the injector and registers it, one setup at a time: the compiler's and the editor's injectors are
     * created on different threads at start (a background scan of the caseload, a designer restored on the display
     * thread), and EMF's registries are plain maps.
     */
    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        synchronized (NoteTemplateStandaloneSetup.class) {
            XtextRuntimeSettings.apply();
            return super.createInjectorAndDoEMFRegistration();
        }
    }
}
