package org.casenotes.store.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The committed files of the search indexes, kept as rows of the caseload's encrypted database ({@code
 * search_index_file}): the index never exists as a plain file. Lucene never changes a file once written, so a commit
 * stores only the files that are new and drops those its commit no longer uses, in one transaction: the table holds
 * one whole commit or the one before. The table is derived data: not sealed by the audit log, rebuilt when missing,
 * and created on first use rather than by a format upgrade.
 */
final class IndexFiles {

    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS search_index_file (index_name VARCHAR(40) NOT NULL,
              file_name VARCHAR(200) NOT NULL, content BLOB NOT NULL, PRIMARY KEY (index_name, file_name))""";

    private IndexFiles() {
    }

    /**
     * Copies an index's stored files into a directory.
     *
     * @param connection open connection
     * @param index      the index's name
     * @param directory  an empty directory
     * @return true if there were files
     * @throws SQLException on failure
     */
    static boolean load(Connection connection, String index, Directory directory) throws SQLException {
        if (!exists(connection)) {
            return false;
        }
        boolean any = false;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT file_name, content FROM search_index_file WHERE index_name = ?")) {
            query.setString(1, index);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    any = true;
                    try (InputStream in = rows.getBinaryStream(2);
                            IndexOutput out = directory.createOutput(rows.getString(1), IOContext.DEFAULT)) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            out.writeBytes(buffer, 0, read);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return any;
    }

    /**
     * Makes the stored files of an index those of a commit.
     *
     * @param connection connection in a transaction
     * @param index      the index's name
     * @param directory  the index's directory
     * @param files      the commit's files
     * @throws SQLException on failure
     * @throws IOException  if a file cannot be read from the directory
     */
    static void store(Connection connection, String index, Directory directory, Collection<String> files)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT file_name FROM search_index_file WHERE index_name = ?")) {
            query.setString(1, index);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM search_index_file WHERE index_name = ? AND file_name = ?")) {
            for (String name : stored) {
                if (!files.contains(name)) {
                    delete.setString(1, index);
                    delete.setString(2, name);
                    delete.executeUpdate();
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_index_file (index_name, file_name, content) VALUES (?, ?, ?)")) {
            for (String name : files) {
                if (!stored.contains(name)) {
                    insert.setString(1, index);
                    insert.setString(2, name);
                    insert.setBytes(3, read(directory, name));
                    insert.executeUpdate();
                }
            }
        }
    }

    /**
     * Forgets an index's files (before rebuilding it).
     *
     * @param connection connection in a transaction
     * @param index      the index's name
     * @throws SQLException on failure
     */
    static void drop(Connection connection, String index) throws SQLException {
        if (exists(connection)) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM search_index_file WHERE index_name = ?")) {
                delete.setString(1, index);
                delete.executeUpdate();
            }
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "SEARCH_INDEX_FILE", null)) {
            return tables.next();
        }
    }

    private static byte[] read(Directory directory, String name) throws IOException {
        try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
            byte[] bytes = new byte[Math.toIntExact(in.length())];
            in.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }
}
