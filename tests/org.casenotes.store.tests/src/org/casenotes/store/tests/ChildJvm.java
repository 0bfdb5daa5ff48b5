package org.casenotes.store.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a plain child JVM running a main class from this test bundle, with a class path assembled from the
 * locations of the bundles that hold the given classes. Inside OSGi there is no usable {@code java.class.path}:
 * each bundle's location is a jar, or (in a Tycho/PDE test run) a project folder whose compiled classes are named
 * by the {@code osgi.dev} properties. Outside OSGi the JVM's own class path is used.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> mainClass, List<Class<?>> classPathAnchors, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-cp");
        command.add(classPath(classPathAnchors));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static String classPath(List<Class<?>> anchors) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            Bundle bundle = FrameworkUtil.getBundle(anchor);
            if (bundle == null) {
                return System.getProperty("java.class.path");
            }
            entries.addAll(entriesOf(bundle));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> entriesOf(Bundle bundle) {
        Path path = fileOf(bundle.getLocation());
        if (Files.isRegularFile(path)) {
            return List.of(path.toString());
        }
        List<String> entries = new ArrayList<>();
        for (String relative : devClassPath(bundle.getSymbolicName())) {
            Path entry = path.resolve(relative);
            if (Files.exists(entry)) {
                entries.add(entry.toString());
            }
        }
        entries.add(path.toString());
        return entries;
    }

    /**
     * The file of a bundle location such as {@code reference:file:/abs/x.jar}, {@code initial@reference:file:plugins/x/}
     * or {@code file:/abs/dir/}; relative paths are relative to the OSGi install area.
     */
    private static Path fileOf(String location) {
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new IllegalStateException("Cannot find the file of bundle location " + location);
        }
        Path path = Path.of(URLDecoder.decode(location.substring(file + "file:".length()), StandardCharsets.UTF_8));
        if (path.isAbsolute()) {
            return path;
        }
        String installArea = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir"));
        return fileOf(installArea).resolve(path);
    }

    /** The osgi.dev class path entries for a bundle (a URL of a properties file, or a plain list for all). */
    private static List<String> devClassPath(String symbolicName) {
        String dev = System.getProperty("osgi.dev");
        if (dev == null || dev.isBlank()) {
            return List.of();
        }
        String value = dev;
        if (dev.contains(":/")) {
            Properties properties = new Properties();
            try (InputStream in = URI.create(dev).toURL().openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            value = properties.getProperty(symbolicName, properties.getProperty("*", ""));
        }
        return List.of(value.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
