package org.casenotes.template.ide;

import org.casenotes.template.NoteTemplateRuntimeModule;
import org.casenotes.template.NoteTemplateStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates an injector with the runtime and the editor services, for editors and language servers. */
public class NoteTemplateIdeSetup extends NoteTemplateStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new NoteTemplateRuntimeModule(), new NoteTemplateIdeModule()));
    }
}
