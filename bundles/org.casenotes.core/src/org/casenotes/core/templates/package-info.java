/**
 * The forms notes are written on, as a service every part of Casenotes shares: {@link FormCatalogue} (registered by
 * the template bundle as an OSGi Declarative Services component; the clinician workbench and the command line look it
 * up instead of compiling templates themselves), the agency's {@link PublishedForms}, and {@link PublicationOutlet},
 * through which a version published in the designer also reaches somewhere else (such as an agency server).
 * <p>
 * Public API: a plugin may look up the catalogue (for example to read the forms of its own template library) and may
 * register an outlet.
 */
package org.casenotes.core.templates;
