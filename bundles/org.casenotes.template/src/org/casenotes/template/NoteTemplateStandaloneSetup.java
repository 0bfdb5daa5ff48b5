package org.casenotes.template;

/** Creates the language's injector and registers it with EMF when running without Equinox (tests, CLI, tools). */
public class NoteTemplateStandaloneSetup extends NoteTemplateStandaloneSetupGenerated {

	public static void doSetup() {
		new NoteTemplateStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
