package org.casenotes.template.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;

/**
 * An agency's own templates: editable working copies, and the versions published from them, which are immutable
 * and the only ones clinicians write notes on. The layout on disk and the rules are described in the
 * {@linkplain org.casenotes.template.agency package documentation}.
 *
 * <pre>
 * AgencyTemplateLibrary agency = AgencyTemplateLibrary.inDataFolder(dataFolder);
 * PublishedVersion v1 = agency.publish("agency.AgencySoap");      // the working copy now says version 2
 * FormDefinition form = agency.form("agency.AgencySoap", 1).orElseThrow();
 * </pre>
 *
 * Safe to use from several threads; publishing is serialized.
 */
public final class AgencyTemplateLibrary {

    /** The working folder's name in a data folder. */
    public static final String WORKING_FOLDER = "templates";

    /** The published folder's name in a data folder. */
    public static final String PUBLISHED_FOLDER = "published-templates";

    private static final int ERRORS_SHOWN = 5;

    private final Path workingFolder;
    private final PublishedShelf shelf;
    private final TemplateLibrary installed;
    private final PublishedForms forms;

    /**
     * @param workingFolder   where the working copies are, {@code <Name>.ntpl}
     * @param publishedFolder where published versions are kept (outside {@code workingFolder})
     * @param installed       the installed libraries published templates may extend and include
     */
    public AgencyTemplateLibrary(Path workingFolder, Path publishedFolder, TemplateLibrary installed) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.shelf = new PublishedShelf(publishedFolder.toAbsolutePath().normalize());
        this.installed = installed;
        this.forms = new PublishedForms(installed);
    }

    /** @return the library of a data folder: {@code templates/} and {@code published-templates/}, contributed libraries */
    public static AgencyTemplateLibrary inDataFolder(Path dataFolder) {
        return new AgencyTemplateLibrary(dataFolder.resolve(WORKING_FOLDER), dataFolder.resolve(PUBLISHED_FOLDER),
                TemplateLibrary.contributed());
    }

    public Path workingFolder() {
        return workingFolder;
    }

    public Path publishedFolder() {
        return shelf.root();
    }

    /** @return the working copies: files {@code <Name>.ntpl} directly in the working folder declaring {@code Name} */
    public List<WorkingCopy> workingCopies() {
        if (!Files.isDirectory(workingFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(workingFolder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ntpl") && Files.isRegularFile(f)).sorted()
                    .map(WorkingCopy::read).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the agency templates in " + workingFolder, e);
        }
    }

    /** @return the working copy of the template with this qualified id */
    public Optional<WorkingCopy> workingCopy(String templateId) {
        return workingCopies().stream().filter(copy -> copy.templateId().equals(templateId)).findFirst();
    }

    /** @return the working copy held in {@code file}, if it is one of this library's */
    public Optional<WorkingCopy> workingCopyIn(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.getParent() != null && normalized.getParent().equals(workingFolder)
                && Files.isRegularFile(normalized) && normalized.toString().endsWith(".ntpl")
                        ? WorkingCopy.read(normalized) : Optional.empty();
    }

    /** @return every agency template, with a working copy or published versions or both, by id */
    public List<AgencyTemplate> templates() {
        List<WorkingCopy> copies = workingCopies();
        TreeSet<String> ids = new TreeSet<>(shelf.templateIds());
        copies.forEach(copy -> ids.add(copy.templateId()));
        List<AgencyTemplate> templates = new ArrayList<>();
        for (String id : ids) {
            Optional<WorkingCopy> copy = copies.stream().filter(c -> c.templateId().equals(id)).findFirst();
            List<PublishedVersion> published = shelf.versionsOf(id);
            if (copy.isPresent() || !published.isEmpty()) {
                templates.add(new AgencyTemplate(id, copy, published));
            }
        }
        return templates;
    }

    /** @return the published versions of a template, oldest first */
    public List<PublishedVersion> publishedVersions(String templateId) {
        return shelf.versionsOf(templateId);
    }

    /** @return the newest published version of a template */
    public Optional<PublishedVersion> latestPublished(String templateId) {
        List<PublishedVersion> versions = shelf.versionsOf(templateId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * @return the text of a published version, as published
     * @throws TamperedVersionException when the file was changed since it was published
     * @throws IllegalArgumentException when that version was never published
     */
    public String publishedText(String templateId, int version) {
        return shelf.verifiedText(published(templateId, version));
    }

    /**
     * Publishes the working copy of a template: writes its text and the form it compiles to as a new read-only
     * version, records their checksums, then raises the working copy's version by one.
     *
     * @return the version published
     * @throws PublicationRefusedException when the working copy has errors, its version is not above the last
     *                                     published one, it is abstract, or it cannot compile without other agency
     *                                     files
     */
    public synchronized PublishedVersion publish(String templateId) throws PublicationRefusedException {
        Candidate candidate = candidate(templateId);
        TemplateHeader header = candidate.header();
        PublishedVersion published = shelf.add(templateId, header.version(), candidate.text(),
                StoredForm.of(candidate.form()));
        try {
            Files.writeString(candidate.copy().file(), header.withVersion(candidate.text(), header.version() + 1),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Version " + header.version() + " was published, but the working copy "
                    + candidate.copy().file() + " could not be raised to version " + (header.version() + 1), e);
        }
        return published;
    }

    /** A working copy that passed every check publishing makes, with its text and its form as it would publish. */
    private record Candidate(WorkingCopy copy, String text, TemplateHeader header, FormDefinition form) {
    }

    private Candidate candidate(String templateId) throws PublicationRefusedException {
        WorkingCopy copy = workingCopy(templateId).orElseThrow(() -> new PublicationRefusedException(
                "There is no working copy of " + templateId + " in " + workingFolder + "."));
        String text = WorkingCopy.text(copy.file());
        TemplateHeader header = TemplateHeader.of(text, copy.name()).orElseThrow(() -> new PublicationRefusedException(
                copy.file() + " no longer declares the template " + copy.name() + "."));
        refuseErrors(copy);
        refuseAbstract(header);
        refuseOldVersion(templateId, header.version());
        Path target = shelf.root().resolve(templateId).resolve(Integer.toString(header.version()))
                .resolve(copy.name() + ".ntpl");
        return new Candidate(copy, text, header, compilesAlone(templateId, target, text));
    }

    private void refuseErrors(WorkingCopy copy) throws PublicationRefusedException {
        CompiledLibrary compiled = installed.withDirectory(workingFolder).compile();
        List<TemplateDiagnostic> errors = compiled.diagnosticsOf(copy.file().toString()).stream()
                .filter(TemplateDiagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new PublicationRefusedException(copy.templateId() + " has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + "; correct " + (errors.size() == 1 ? "it" : "them")
                    + " before publishing:\n" + list(errors));
        }
    }

    private static void refuseAbstract(TemplateHeader header) throws PublicationRefusedException {
        if (header.abstractOnly()) {
            throw new PublicationRefusedException(header.templateId()
                    + " is abstract: it is a base for other templates, and clinicians never write on it. "
                    + "Only templates clinicians write on are published.");
        }
    }

    private void refuseOldVersion(String templateId, int version) throws PublicationRefusedException {
        Optional<PublishedVersion> latest = latestPublished(templateId);
        if (latest.isPresent() && version == latest.get().version()) {
            throw new PublicationRefusedException("Version " + version + " of " + templateId
                    + " is published already, and a published version never changes because notes are written on "
                    + "it. Raise the working copy to version " + (version + 1) + " to publish your changes.");
        }
        if (latest.isPresent() && version < latest.get().version()) {
            throw new PublicationRefusedException("The working copy of " + templateId + " says version " + version
                    + ", but version " + latest.get().version() + " is published already. Raise it to version "
                    + (latest.get().version() + 1) + ".");
        }
    }

    private FormDefinition compilesAlone(String templateId, Path target, String text)
            throws PublicationRefusedException {
        CompiledLibrary alone = forms.alone(target.toString(), text);
        Optional<FormDefinition> form = alone.form(templateId);
        if (form.isEmpty()) {
            List<TemplateDiagnostic> errors = alone.diagnosticsOf(target.toString()).stream()
                    .filter(TemplateDiagnostic::isError).toList();
            throw new PublicationRefusedException(templateId
                    + " cannot be published on its own: a published template may extend and include only the "
                    + "installed templates (the standard library among them), never other files of the agency "
                    + "folder, so that editing them later cannot change it.\n" + list(errors));
        }
        return form.get();
    }

    /**
     * The form a note pinned to this id and version is written on: the compiled form stored when the version was
     * published, read back (and kept) without compiling anything, so it stays the same whatever installed libraries
     * this library was given. A version published before compiled forms were stored (its folder has no
     * {@code <Name>.form.xmi}) is compiled from its text with the installed libraries instead, as it always was, and
     * so changes when they change; its folder is read-only and is not rewritten.
     *
     * @return the form, or empty when that version was never published (or, published without its compiled form,
     *         no longer compiles)
     * @throws TamperedVersionException when its text or its stored form was changed or removed since it was
     *                                  published
     * @throws IllegalStateException    when the stored form cannot be read by this version of Casenotes
     */
    public Optional<FormDefinition> form(String templateId, int version) {
        Optional<PublishedVersion> published = shelf.versionsOf(templateId).stream()
                .filter(p -> p.version() == version).findFirst();
        return published.flatMap(this::formOf);
    }

    private Optional<FormDefinition> formOf(PublishedVersion published) {
        String text = shelf.verifiedText(published);
        Optional<byte[]> stored = shelf.verifiedForm(published);
        return stored.isPresent() ? Optional.of(forms.stored(published, stored.get()))
                : forms.compiled(published, text);
    }

    /**
     * @return the form of the newest published version of every agency template (see {@link #form(String, int)}),
     *         by id; versions that were tampered with, cannot be read or no longer compile are left out (see
     *         {@link #problems()})
     */
    public List<FormDefinition> latestPublishedForms() {
        List<FormDefinition> latest = new ArrayList<>();
        for (String id : shelf.templateIds()) {
            latestPublished(id).ifPresent(p -> {
                try {
                    formOf(p).ifPresent(latest::add);
                } catch (IllegalStateException e) {
                    // reported by problems()
                }
            });
        }
        return latest;
    }

    /** @return one message per published version that was tampered with, cannot be read or no longer compiles */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String id : shelf.templateIds()) {
            for (PublishedVersion version : shelf.versionsOf(id)) {
                try {
                    if (formOf(version).isEmpty()) {
                        problems.add("Version " + version.version() + " of " + id
                                + " no longer compiles with the installed templates.");
                    }
                } catch (IllegalStateException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return problems;
    }

    /** @return the differences between two published versions of a template */
    public VersionComparison compare(String templateId, int older, int newer) {
        String olderText = publishedText(templateId, older);
        String newerText = publishedText(templateId, newer);
        return new VersionComparison(templateId, "version " + older, "version " + newer,
                FormComparison.between(form(templateId, older).orElse(null), form(templateId, newer).orElseThrow(
                        () -> new IllegalStateException("Version " + newer + " of " + templateId + " does not compile"))),
                TextDiff.unified("version " + older, olderText, "version " + newer, newerText));
    }

    /**
     * Makes every check {@link #publish(String)} makes, without publishing.
     *
     * @return what publishing the working copy now would change: the last published version (or nothing) against
     *         the working copy as it is on disk
     * @throws PublicationRefusedException when publishing it would be refused, saying why
     */
    public VersionComparison changesToPublish(String templateId) throws PublicationRefusedException {
        Candidate candidate = candidate(templateId);
        String newerLabel = "working copy (version " + candidate.header().version() + ")";
        Optional<PublishedVersion> latest = latestPublished(templateId);
        if (latest.isEmpty()) {
            return new VersionComparison(templateId, "nothing published", newerLabel,
                    FormComparison.between(null, candidate.form()),
                    TextDiff.unified("nothing published", "", newerLabel, candidate.text()));
        }
        int version = latest.get().version();
        return new VersionComparison(templateId, "version " + version, newerLabel,
                FormComparison.between(form(templateId, version).orElse(null), candidate.form()),
                TextDiff.unified("version " + version, publishedText(templateId, version), newerLabel,
                        candidate.text()));
    }

    /**
     * @return the differences between a published version and the working copy as it is on disk (its form as the
     *         designer previews it: with the installed libraries and the working folder)
     * @throws IllegalArgumentException when there is no working copy of that id or the version was never published
     * @throws IllegalStateException    when the working copy has errors (only a clean template has a form)
     */
    public VersionComparison compareWithWorkingCopy(String templateId, int older) {
        WorkingCopy copy = workingCopy(templateId)
                .orElseThrow(() -> new IllegalArgumentException("There is no working copy of " + templateId));
        String olderText = publishedText(templateId, older);
        FormDefinition newer = installed.withDirectory(workingFolder).compile().form(templateId)
                .orElseThrow(() -> new IllegalStateException("The working copy of " + templateId
                        + " has errors; correct them to compare its form with version " + older + "."));
        String newerLabel = "working copy (version " + copy.version() + ")";
        return new VersionComparison(templateId, "version " + older, newerLabel,
                FormComparison.between(form(templateId, older).orElse(null), newer),
                TextDiff.unified("version " + older, olderText, newerLabel, WorkingCopy.text(copy.file())));
    }

    private PublishedVersion published(String templateId, int version) {
        return shelf.versionsOf(templateId).stream().filter(p -> p.version() == version).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Version " + version + " of " + templateId + " was never published"));
    }

    private static String list(List<TemplateDiagnostic> errors) {
        String shown = errors.stream().limit(ERRORS_SHOWN).map(e -> "  line " + e.line() + ", column " + e.column()
                + ": " + e.message()).collect(Collectors.joining("\n"));
        return errors.size() > ERRORS_SHOWN ? shown + "\n  ... and " + (errors.size() - ERRORS_SHOWN) + " more"
                : shown;
    }
}
