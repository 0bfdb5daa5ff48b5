package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.store.server.PublishedTemplate;

/**
 * The agency's published template versions on the server ({@code published_template}, see
 * {@code V6__supervision_and_templates.sql}): inserted once by an administrator, read by everyone, never changed.
 */
public final class TemplateShelf {

    private static final String COLUMNS = "template_id, version, title, source, published_by, published_at";

    private TemplateShelf() {
    }

    /**
     * Inserts a version, in the caller's transaction.
     *
     * @throws SQLException if the server refuses (the version exists: 23505; not an administrator: 42501)
     */
    public static void publish(Connection c, String templateId, int version, String title, String source,
            Clock clock) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO published_template (template_id, version,"
                + " title, source, published_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, templateId);
            insert.setInt(2, version);
            insert.setString(3, title);
            insert.setString(4, source);
            insert.setLong(5, clock.millis());
            insert.executeUpdate();
        }
    }

    /** @return the newest published version of each template, by template id */
    public static List<PublishedTemplate> newest(Connection c) throws SQLException {
        return list(c, "SELECT DISTINCT ON (template_id) " + COLUMNS + " FROM published_template"
                + " ORDER BY template_id, version DESC");
    }

    /** @return every published version of every template, by template id and version */
    public static List<PublishedTemplate> all(Connection c) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM published_template ORDER BY template_id, version");
    }

    private static List<PublishedTemplate> list(Connection c, String sql) throws SQLException {
        List<PublishedTemplate> published = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                published.add(new PublishedTemplate(rows.getString(1), rows.getInt(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), Instant.ofEpochMilli(rows.getLong(6))));
            }
        }
        return published;
    }
}
