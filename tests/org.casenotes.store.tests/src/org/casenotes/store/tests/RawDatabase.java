package org.casenotes.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.H2Engine;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * What someone who knows the passphrase can do behind the store's back: open the caseload's database with the
 * engine and run SQL on it, without the store (so the header is not touched).
 */
final class RawDatabase {

    private RawDatabase() {
    }

    static int sql(Path location, String statement, Object... parameters) {
        CaseloadFolderLayout directory = new CaseloadFolderLayout(location);
        CaseloadHeader header = directory.readHeader();
        try (CaseloadKey key = CaseloadKey.derive(EngineFixture.PASSPHRASE.toCharArray(), header.salt(),
                header.iterations());
                Connection connection = H2Engine.open(directory, key, H2Engine.Access.READ_WRITE);
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
