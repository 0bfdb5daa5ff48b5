package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Keeps a failure's details in the platform log, the file Equinox writes (in the configuration area of the
 * installation when the command line runs without a data folder), and names that file; outside a running platform, in
 * a file of its own in the temporary folder.
 */
final class PlatformFailureLog implements FailureLog {

    @Override
    public String record(String command, Throwable failure) {
        String summary = "casenotes " + command + " failed";
        IPath platformLog = Platform.isRunning() ? Platform.getLogFileLocation() : null;
        if (platformLog != null) {
            ILog.of(PlatformFailureLog.class).log(Status.error(summary, failure));
            if (platformLog.toFile().isFile()) {
                return platformLog.toOSString();
            }
        }
        return ownFile(command, summary, failure);
    }

    private static String ownFile(String command, String summary, Throwable failure) {
        try {
            Path file = Files.createTempFile("casenotes-" + command + "-", ".log");
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                writer.println(summary);
                failure.printStackTrace(writer);
            }
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return "no file, because none could be written (" + e.getMessage() + ")";
        }
    }
}
