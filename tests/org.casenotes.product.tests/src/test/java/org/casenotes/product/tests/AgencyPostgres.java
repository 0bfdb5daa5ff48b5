package org.casenotes.product.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for one product test, as an agency's IT would run one: started from the machine's
 * binaries (Debian's {@code postgresql} package, {@code /usr/lib/postgresql/*}{@code /bin}) with {@code initdb} and
 * {@code pg_ctl} on a free port, SCRAM password authentication over TCP on 127.0.0.1, owned by
 * {@value #OWNER}; read and written with {@code psql}, the way IT looks at a server. PostgreSQL refuses to run as
 * root, so as root the cluster belongs to the {@code postgres} user and its programs run through {@code runuser}.
 * <p>
 * It is separate from {@code LocalPostgres} of {@code org.casenotes.store.server.tests} because that is a class of
 * an OSGi test bundle (with the JDBC driver from the target platform), which this plain JUnit module, started
 * outside OSGi against the materialised product, cannot use; it also needs nothing but the PostgreSQL binaries.
 */
final class AgencyPostgres implements AutoCloseable {

    static final String OWNER = "casenotes_owner";
    static final String OWNER_PASSWORD = "owner-secret-for-product-tests";

    private final Path binaries;
    private final Path cluster;
    private final int port;
    private final String runAs;

    private AgencyPostgres(Path binaries, Path cluster, int port, String runAs) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.port = port;
        this.runAs = runAs;
    }

    /** Starts a new cluster in a temporary folder of its own (deleted by {@link #close()}). */
    static AgencyPostgres start() throws IOException, InterruptedException {
        Path binaries = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path cluster = Files.createTempDirectory(Path.of("/tmp"), "casenotes-product-pg-");
        Path passwordFile = cluster.resolve("owner-password");
        Files.writeString(passwordFile, OWNER_PASSWORD);
        if (root) {
            run(List.of("chown", "-R", "postgres", cluster.toString()), cluster);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AgencyPostgres server = new AgencyPostgres(binaries, cluster, port, root ? "postgres" : null);
        server.runAsOwner(List.of(binaries.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(),
                "-U", OWNER, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                "--no-sync"));
        server.runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(),
                "-l", cluster.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1", "start"));
        return server;
    }

    /** @return the JDBC URL of {@code database}, as a workbench and the command line are given it */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Runs {@code sql} with {@code psql} as {@code user}.
     *
     * @return what it printed, unaligned and tuples only ({@code -At}), one row a line, columns split by '|'
     */
    String psql(String database, String user, String password, String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", user,
                "-d", database, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        return run(builder, String.join(" ", "psql -U", user, "-c", sql));
    }

    /** Runs {@code sql} as the cluster's owner. */
    String asOwner(String database, String sql) throws IOException, InterruptedException {
        return psql(database, OWNER, OWNER_PASSWORD, sql);
    }

    /** @return the server's own log, for failure messages */
    String log() {
        try {
            return Files.readString(cluster.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m",
                    "fast", "stop"));
        } finally {
            run(List.of("rm", "-rf", cluster.toString()), Path.of("/tmp"));
        }
    }

    private void runAsOwner(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(command);
        run(full, cluster);
    }

    private static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true),
                String.join(" ", command));
    }

    private static String run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(what + " failed:\n" + output);
        }
        return output.strip();
    }

    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL server binaries (initdb, pg_ctl under"
                    + " /usr/lib/postgresql/*/bin): install Debian's package (apt-get install postgresql) to run the"
                    + " agency server product test.", e);
        }
    }
}
