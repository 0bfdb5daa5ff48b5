/**
 * The agency's own template library, with publishing. Headless: no SWT, no workbench.
 *
 * <h2>Layout on disk</h2>
 *
 * <pre>
 * &lt;data&gt;/templates/                           working copies, one per template, editable
 *     AgencySoap.ntpl                          declares template AgencySoap (package agency), version 3
 * &lt;data&gt;/published-templates/                 published versions, read-only, never rewritten
 *     agency.AgencySoap/                       one folder per qualified template id
 *         versions.sha256                      checksum manifest: "&lt;sha-256&gt;  &lt;version&gt;/&lt;file&gt;" per line
 *         1/AgencySoap.ntpl                    version 1 as it was published (for reading and comparing)
 *         1/AgencySoap.form.xmi                the form version 1 compiled to when it was published (EMF XMI)
 *         2/AgencySoap.ntpl                    version 2
 *         2/AgencySoap.form.xmi
 * </pre>
 *
 * Published versions live beside the working folder, not inside it: the designer and
 * {@code casenotes check-templates <folder>} read every {@code .ntpl} file below a folder, and a published copy
 * next to its working copy would declare the same template twice. Each published version has a folder of its own
 * for the same reason. {@code versions.sha256} is in the format of {@code sha256sum}, so
 * {@code cd published-templates/agency.AgencySoap && sha256sum -c versions.sha256} checks a folder by hand.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>{@link org.casenotes.template.agency.AgencyTemplateLibrary#publish(String) Publishing} refuses a working copy
 * with errors (the diagnostics {@code casenotes check-templates} prints for the working folder), a version not
 * greater than the last published one, and a template that needs other agency files: a published version is
 * compiled with the installed libraries (the standard library among them) and itself only, so that nothing
 * edited later changes it.</li>
 * <li>A published version is written once, read-only, and its checksums recorded; a published file whose content no
 * longer matches (or a stored form that was removed) is refused with
 * {@link org.casenotes.template.agency.TamperedVersionException}.</li>
 * <li>The published artefact is the compiled form: looking a version up reads its {@code .form.xmi} and never
 * compiles, so a new standard library cannot change a version notes were written on. Folders published before
 * compiled forms were stored have only the {@code .ntpl}; those versions are still compiled with the installed
 * libraries on first use (and can change with them). Published folders are never rewritten to add the form.</li>
 * <li>After publishing version N the working copy says {@code version N+1}: editing makes the next version.</li>
 * <li>Clinicians only ever see published versions; a note pins the template id and version it was written on and
 * {@link org.casenotes.template.agency.AgencyTemplateLibrary#form(String, int)} finds that version for as long as
 * it is on disk.</li>
 * </ul>
 */
package org.casenotes.template.agency;
