package org.casenotes.template.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where published versions are kept: {@code <root>/<template id>/<version>/<Name>.ntpl}, read-only, each recorded
 * in its template's {@link ChecksumManifest}. Versions are only ever added.
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
	 * Writes a new version, read-only, and records its checksum.
	 *
	 * @throws IllegalStateException when that version exists already (published versions are never rewritten)
	 */
	PublishedVersion add(String templateId, int version, String text) {
		Path folder = root.resolve(templateId);
		Path versionFolder = folder.resolve(Integer.toString(version));
		Path file = versionFolder.resolve(nameOf(templateId) + ".ntpl");
		if (Files.exists(versionFolder)) {
			throw new IllegalStateException("Version " + version + " of " + templateId + " is published already");
		}
		try {
			Files.createDirectories(versionFolder);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			ReadOnlyFiles.makeReadOnly(file);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the published version " + file, e);
		}
		new ChecksumManifest(folder).add(relativePath(version, templateId), ChecksumManifest.sha256(text));
		return new PublishedVersion(templateId, version, file);
	}

	/**
	 * @return the text of a published version, checked against the checksum recorded when it was published
	 * @throws TamperedVersionException when the file was changed since, or its checksum was never recorded
	 */
	String verifiedText(PublishedVersion published) {
		String text = WorkingCopy.text(published.file());
		String label = "Version " + published.version() + " of the template " + published.templateId();
		String recorded = new ChecksumManifest(root.resolve(published.templateId()))
				.checksumOf(relativePath(published.version(), published.templateId()))
				.orElseThrow(() -> new TamperedVersionException(label + " (" + published.file()
						+ ") is not recorded in " + ChecksumManifest.FILE_NAME
						+ ", so it was not published by Casenotes. It is not used; remove it, or publish from the "
						+ "working copy instead."));
		if (!recorded.equals(ChecksumManifest.sha256(text))) {
			throw new TamperedVersionException(label + " has been changed since it was published (" + published.file()
					+ " no longer matches its checksum in " + ChecksumManifest.FILE_NAME
					+ "). Published versions never change, because notes were written on them: restore the file from "
					+ "a backup. Until then notes of this version cannot be opened and new notes cannot use it.");
		}
		return text;
	}

	private static String relativePath(int version, String templateId) {
		return version + "/" + nameOf(templateId) + ".ntpl";
	}

	private static String nameOf(String templateId) {
		return templateId.substring(templateId.lastIndexOf('.') + 1);
	}
}
