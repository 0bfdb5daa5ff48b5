package org.casenotes.cli.internal;

import org.casenotes.core.templates.FormCatalogue;

/**
 * The {@link FormCatalogue} service for the commands that read notes' forms ({@code audit}, {@code export},
 * {@code check}, {@code export-questionnaire}), the one the workbench uses. The launch script leaves the Declarative
 * Services runtime stopped (lint needs none of it), so it is started here first.
 */
final class InstalledForms {

    private InstalledForms() {
    }

    /** @return the catalogue; its installed libraries are compiled on its first use */
    static FormCatalogue catalogue() {
        DeclarativeServices.start();
        return FormCatalogue.service(InstalledForms.class);
    }
}
