package org.casenotes.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.ProvisionException;

/**
 * How p2 reads repositories here: local files directly, {@code http:} and {@code https:} with the JDK's HTTP client.
 * p2's own transport needs ECF, which is not on Maven Central. Nothing is sent but the requests for the repository's
 * files the user named.
 */
final class RepositoryTransport extends Transport {

    private static final String BUNDLE = "org.casenotes.plugins";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HttpClient http;

    @Override
    public IStatus download(URI from, OutputStream to, IProgressMonitor monitor) {
        return download(from, to, 0, monitor);
    }

    @Override
    public IStatus download(URI from, OutputStream to, long startPosition, IProgressMonitor monitor) {
        try (InputStream in = stream(from, monitor)) {
            in.skipNBytes(startPosition);
            in.transferTo(to);
            return Status.OK_STATUS;
        } catch (FileNotFoundException e) {
            return new Status(IStatus.ERROR, BUNDLE, ProvisionException.ARTIFACT_NOT_FOUND, from + " not found", e);
        } catch (IOException | CoreException e) {
            return new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                    "Cannot read " + from + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream stream(URI from, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
        if ("file".equals(from.getScheme())) {
            try {
                return Files.newInputStream(Path.of(from));
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException(from.toString());
            } catch (IOException | RuntimeException e) {
                throw failure(from, e);
            }
        }
        HttpResponse<InputStream> response = get(from, "GET", HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            throw new FileNotFoundException(from.toString());
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(from, new IOException("HTTP " + response.statusCode()));
        }
        return response.body();
    }

    @Override
    public long getLastModified(URI location, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
        if ("file".equals(location.getScheme())) {
            try {
                return Files.getLastModifiedTime(Path.of(location)).toMillis();
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException(location.toString());
            } catch (IOException | RuntimeException e) {
                throw failure(location, e);
            }
        }
        HttpResponse<Void> response = get(location, "HEAD", HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            throw new FileNotFoundException(location.toString());
        }
        try {
            return response.headers().firstValue("Last-Modified")
                    .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                            .toEpochMilli())
                    .orElse(0L);
        } catch (DateTimeParseException e) {
            return 0L;
        }
    }

    private <T> HttpResponse<T> get(URI location, String method, HttpResponse.BodyHandler<T> body)
            throws CoreException {
        String scheme = location.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw failure(location, new IOException("only folders and file:, http: and https: URLs are read"));
        }
        try {
            return client().send(HttpRequest.newBuilder(location).timeout(TIMEOUT)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), body);
        } catch (IOException e) {
            throw failure(location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(location, e);
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    private static CoreException failure(URI location, Exception cause) {
        return new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                "Cannot read " + location + ": " + cause.getMessage(), cause));
    }
}
