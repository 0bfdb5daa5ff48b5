package org.casenotes.cli.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.H2Engine;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;

/** What the caseload command tests do to the files: hash every file, cut the audit log behind the store, truncate. */
final class CaseloadFiles {

    private CaseloadFiles() {
    }

    /** @return every file under the folder with its SHA-256 */
    static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** Deletes audit entries after {@code sequence} with SQL, as someone with the passphrase could. */
    static int cutAuditLogAfter(Path caseload, String passphrase, long sequence) {
        CaseloadFolderLayout directory = new CaseloadFolderLayout(caseload);
        CaseloadHeader header = directory.readHeader();
        try (CaseloadKey key = CaseloadKey.derive(passphrase.toCharArray(), header.salt(), header.iterations());
                Connection connection = H2Engine.open(directory, key, H2Engine.Access.READ_WRITE);
                PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_event WHERE seq > ?")) {
            delete.setLong(1, sequence);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void truncate(Path file, long length) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
