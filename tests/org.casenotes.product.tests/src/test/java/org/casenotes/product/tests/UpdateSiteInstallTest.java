package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The build installs the Casenotes feature from the produced p2 update site into an empty folder (the p2 director,
 * as a third party would); this checks that the installation holds Casenotes and the runtime it needs, so the
 * update site is self-contained.
 */
class UpdateSiteInstallTest {

    private static final Path INSTALLATION = Path.of(System.getProperty("casenotes.installation.dir", "missing"));

    @Test
    void installationHoldsCasenotesAndItsRuntime() throws IOException {
        List<String> plugins = fileNames(INSTALLATION.resolve("plugins"));
        for (String bundle : List.of("org.casenotes.core_", "org.casenotes.ui_", "org.eclipse.ui.workbench_",
                "org.eclipse.swt.gtk.linux.x86_64_", "org.eclipse.e4.ui.workbench.renderers.swt_", "org.apache.felix.scr_")) {
            assertTrue(plugins.stream().anyMatch(name -> name.startsWith(bundle)), bundle + " installed: " + plugins);
        }
        List<String> features = fileNames(INSTALLATION.resolve("features"));
        assertTrue(features.stream().anyMatch(name -> name.startsWith("org.casenotes.feature_")), features.toString());
        assertTrue(features.stream().anyMatch(name -> name.startsWith("org.casenotes.runtime.feature_")), features.toString());
        assertTrue(Files.isExecutable(INSTALLATION.resolve("casenotes")), "the launch script is installed executable");
    }

    @Test
    void theP2ProfileRecordsTheInstalledFeature() throws IOException {
        Path profiles = INSTALLATION.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/ThirdParty.profile");
        assertTrue(Files.isDirectory(profiles), "p2 profile written at " + profiles);
        Path newest;
        try (Stream<Path> files = Files.list(profiles)) {
            newest = files.filter(file -> file.toString().endsWith(".profile.gz")).max(Path::compareTo).orElseThrow();
        }
        String profile;
        try (var in = new GZIPInputStream(Files.newInputStream(newest))) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(profile.contains("id='org.casenotes.feature.feature.group'"), "the profile lists the Casenotes feature");
    }

    private static List<String> fileNames(Path folder) throws IOException {
        assertTrue(Files.isDirectory(folder), folder + " exists");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
