package org.casenotes.template;

import org.casenotes.template.internal.XtextRuntimeSettings;

import com.google.inject.Injector;

/** Creates the language's injector and registers it with EMF when running without Equinox (tests, CLI, tools). */
public class NoteTemplateStandaloneSetup extends NoteTemplateStandaloneSetupGenerated {

	public static void doSetup() {
		new NoteTemplateStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		XtextRuntimeSettings.apply();
		return super.createInjectorAndDoEMFRegistration();
	}
}
