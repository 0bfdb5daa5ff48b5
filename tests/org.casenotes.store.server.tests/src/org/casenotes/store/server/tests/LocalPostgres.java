package org.casenotes.store.server.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.postgresql.Driver;

/**
 * A real PostgreSQL server for the tests, started once per test run from the machine's PostgreSQL binaries
 * (Debian's {@code postgresql} package, which {@code .ci/run} installs) in a private temporary cluster on a free
 * port, with SCRAM password authentication over TCP, and stopped when the run ends. PostgreSQL refuses to run as
 * root (CI and these machines run as root), so then the cluster belongs to the unprivileged {@code postgres} user
 * and its programs run through {@code runuser}. Without the binaries the tests fail with one line saying what to
 * install: they are never skipped.
 */
public final class LocalPostgres {

    public static final String OWNER = "casenotes_owner";
    public static final String OWNER_PASSWORD = "owner-secret-for-tests";

    private static LocalPostgres running;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path binaries;
    private final Path cluster;
    private final int port;
    private final String runAs;

    private LocalPostgres(Path binaries, Path cluster, int port, String runAs) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.port = port;
        this.runAs = runAs;
    }

    /** @return the server of this test run, started on first use */
    public static synchronized LocalPostgres get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return running;
    }

    private static LocalPostgres start() {
        Path binaries = findBinaries();
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            String runAs = root ? "postgres" : null;
            Path cluster = Files.createTempDirectory(Path.of("/tmp"), "casenotes-pg-");
            Path passwordFile = cluster.resolve("owner-password");
            Files.writeString(passwordFile, OWNER_PASSWORD);
            Path data = cluster.resolve("data");
            if (root) {
                run(List.of("chown", "-R", runAs, cluster.toString()), null);
            }
            LocalPostgres server = new LocalPostgres(binaries, cluster, freePort(), runAs);
            server.run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", OWNER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                    "--no-sync"));
            server.restart();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a PostgreSQL server for the tests: " + e, e);
        }
    }

    /**
     * @return a server of the caller's own, apart from the test run's (for tests that crash it), stopped and
     *         deleted when the run ends
     */
    public static LocalPostgres startPrivate() {
        LocalPostgres server = start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** Starts the server (again, after {@link #crash()}: PostgreSQL then recovers from its write-ahead log). */
    public void restart() {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-l",
                cluster.resolve("server.log").toString(), "-w", "-o", "-p " + port + " -k " + cluster
                        + " -c listen_addresses=127.0.0.1 -c max_connections=200",
                "start"));
    }

    /**
     * Stops the server as a crash does: every server process quits at once, nothing is written or flushed on the
     * way out ({@code pg_ctl stop -m immediate}), and the next start recovers from the write-ahead log.
     */
    public void crash() {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m",
                "immediate", "stop"));
    }

    /** Starts the server again if {@link #crash()} stopped it; does nothing while it runs. */
    public void restartIfStopped() {
        if (!Files.exists(cluster.resolve("data/postmaster.pid"))) {
            restart();
        }
    }

    private static Path findBinaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                // reported below
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin):"
                + " install Debian's package (apt-get install postgresql) to run the agency server tests.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(command);
        run(full, cluster);
    }

    private static void run(List<String> command, Path directory) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL for the tests: " + String.join(" ", command)
                        + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL for the tests: cannot run " + command.get(0) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        if (!Files.exists(cluster.resolve("data/postmaster.pid"))) {
            run(List.of("rm", "-rf", cluster.toString()), null);
            return;
        }
        try {
            run(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m",
                    "fast", "stop"));
        } finally {
            run(List.of("rm", "-rf", cluster.toString()), null);
        }
    }

    /** @return the process id of the running server's postmaster */
    long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(cluster.resolve("data/postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not running: " + e, e);
        }
    }

    /**
     * @param database a database of the cluster
     * @return its JDBC URL (TCP, localhost)
     */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** @return a new, empty database's URL */
    String newDatabase() {
        String name = "caseload_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return url(name);
    }

    /**
     * Runs statements as the cluster's owner.
     *
     * @param database   the database
     * @param statements SQL
     */
    void execute(String database, String... statements) {
        Properties properties = new Properties();
        properties.setProperty("user", OWNER);
        properties.setProperty("password", OWNER_PASSWORD);
        try (Connection c = new Driver().connect(url(database), properties); Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param url a database's URL
     * @return the database's name
     */
    static String databaseOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
