package org.casenotes.template.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.Stream;

/**
 * Where published versions are kept: {@code <root>/<template id>/<version>/<Name>.ntpl} and, beside it, the form it
 * compiled to, {@code <Name>.form.xmi}; read-only, each file recorded in its template's {@link ChecksumManifest}.
 * Versions are only ever added.
 */
final class PublishedShelf {

    private final Path root;

    PublishedShelf(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** @return the ids of every template with a published folder, sorted */
    List<String> templateIds() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the published templates in " + root, e);
        }
    }

    /** @return the published versions of a template, oldest first */
    List<PublishedVersion> versionsOf(String templateId) {
        Path folder = root.resolve(templateId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<PublishedVersion> versions = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String number = entry.getFileName().toString();
                Path file = entry.resolve(nameOf(templateId) + ".ntpl");
                if (number.matches("[1-9][0-9]{0,8}") && Files.isRegularFile(file)) {
                    versions.add(new PublishedVersion(templateId, Integer.parseInt(number), file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the published versions in " + folder, e);
        }
        versions.sort(Comparator.comparingInt(PublishedVersion::version));
        return versions;
    }

    /**
     * Writes a new version, read-only: its text and its compiled form, and records both checksums.
     *
     * @param formXmi the compiled form, as {@link StoredForm#of} writes it
     * @throws IllegalStateException when that version exists already (published versions are never rewritten)
     */
    PublishedVersion add(String templateId, int version, String text, byte[] formXmi) {
        Path folder = root.resolve(templateId);
        Path versionFolder = folder.resolve(Integer.toString(version));
        Path file = versionFolder.resolve(nameOf(templateId) + ".ntpl");
        Path form = storedFormOf(file);
        if (Files.exists(versionFolder)) {
            throw new IllegalStateException("Version " + version + " of " + templateId + " is published already");
        }
        try {
            Files.createDirectories(versionFolder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Files.write(form, formXmi);
            ReadOnlyFiles.makeReadOnly(file);
            ReadOnlyFiles.makeReadOnly(form);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the published version " + file, e);
        }
        SequencedMap<String, String> checksums = new LinkedHashMap<>();
        checksums.put(relativePath(version, file), ChecksumManifest.sha256(text));
        checksums.put(relativePath(version, form), ChecksumManifest.sha256(formXmi));
        new ChecksumManifest(folder).add(checksums);
        return new PublishedVersion(templateId, version, file);
    }

    /**
     * @return the text of a published version, checked against the checksum recorded when it was published
     * @throws TamperedVersionException when the file was changed since, or its checksum was never recorded
     */
    String verifiedText(PublishedVersion published) {
        return new String(verified(published, published.file(), read(published.file())), StandardCharsets.UTF_8);
    }

    /**
     * @return the compiled form stored with a published version, in XMI, checked against the checksum recorded when
     *         it was published; empty for a version published before compiled forms were stored (neither the file
     *         nor its checksum is there)
     * @throws TamperedVersionException when the file was changed or removed since, or its checksum was never recorded
     */
    Optional<byte[]> verifiedForm(PublishedVersion published) {
        Path form = storedFormOf(published.file());
        boolean recorded = manifestOf(published).checksumOf(relativePath(published.version(), form)).isPresent();
        if (!Files.exists(form) && !recorded) {
            return Optional.empty();
        }
        if (!Files.exists(form)) {
            throw new TamperedVersionException(labelOf(published) + " has lost its compiled form since it was "
                    + "published (" + form + " is missing). Published versions never change, because notes were "
                    + "written on them: restore the file from a backup. Until then notes of this version cannot be "
                    + "opened and new notes cannot use it.");
        }
        return Optional.of(verified(published, form, read(form)));
    }

    /** @return the file of the compiled form stored beside a published {@code <Name>.ntpl} */
    static Path storedFormOf(Path publishedFile) {
        return publishedFile.resolveSibling(WorkingCopy.nameOf(publishedFile) + StoredForm.SUFFIX);
    }

    private byte[] verified(PublishedVersion published, Path file, byte[] content) {
        String label = labelOf(published);
        String recorded = manifestOf(published).checksumOf(relativePath(published.version(), file))
                .orElseThrow(() -> new TamperedVersionException(label + " (" + file + ") is not recorded in "
                        + ChecksumManifest.FILE_NAME + ", so it was not published by Casenotes. It is not used; "
                        + "remove it, or publish from the working copy instead."));
        if (!recorded.equals(ChecksumManifest.sha256(content))) {
            throw new TamperedVersionException(label + " has been changed since it was published (" + file
                    + " no longer matches its checksum in " + ChecksumManifest.FILE_NAME
                    + "). Published versions never change, because notes were written on them: restore the file from "
                    + "a backup. Until then notes of this version cannot be opened and new notes cannot use it.");
        }
        return content;
    }

    private ChecksumManifest manifestOf(PublishedVersion published) {
        return new ChecksumManifest(root.resolve(published.templateId()));
    }

    private static String labelOf(PublishedVersion published) {
        return "Version " + published.version() + " of the template " + published.templateId();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the published file " + file, e);
        }
    }

    private static String relativePath(int version, Path file) {
        return version + "/" + file.getFileName();
    }

    private static String nameOf(String templateId) {
        return templateId.substring(templateId.lastIndexOf('.') + 1);
    }
}
