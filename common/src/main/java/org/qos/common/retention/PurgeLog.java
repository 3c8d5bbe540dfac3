package org.qos.common.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The family's purge log: one row per retention purge that ran, written in the purge's own transaction (so the log
 * says exactly what was removed, or nothing when the purge rolled back), read by the regulator through
 * {@code GET /api/v1/{family}/purges}. The table is {@code purge_log} in the service's schema, named with it (the
 * migration, shared in {@code db/retention}): the runtime role may insert and read, never change or delete a row.
 */
public final class PurgeLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() {
    };

    private PurgeLog() {
    }

    /** Appends what a purge did, in the connection's current transaction, to the log of {@code schema}. */
    public static void append(Connection connection, String schema, Instant ranAt, RetentionPolicy policy,
            Instant cutoff, Map<String, Long> removed, Map<String, Long> kept) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table(schema)
                + " (ran_at, retention, cutoff, removed, kept) VALUES (?, ?, ?, ?::jsonb, ?::jsonb)")) {
            insert.setTimestamp(1, Timestamp.from(ranAt));
            insert.setString(2, policy.retention().toString());
            insert.setTimestamp(3, Timestamp.from(cutoff));
            insert.setString(4, json(removed));
            insert.setString(5, json(kept));
            insert.executeUpdate();
        }
    }

    /** The log, latest purge first, with times in the profile's zone. */
    public static Page<PurgeRecord> list(Connection connection, String schema, PageRequest page, ZoneOffset zone)
            throws SQLException {
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + table(schema));
                ResultSet rows = count.executeQuery()) {
            rows.next();
            total = rows.getLong(1);
        }
        List<PurgeRecord> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, ran_at, retention, cutoff,"
                + " removed::text, kept::text FROM " + table(schema) + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
            select.setInt(1, page.size());
            select.setLong(2, page.offset());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new PurgeRecord(rows.getLong(1),
                            rows.getTimestamp(2).toInstant().atOffset(zone), rows.getString(3),
                            rows.getTimestamp(4).toInstant().atOffset(zone), counts(rows.getString(5)),
                            counts(rows.getString(6))));
                }
            }
        }
        return new Page<>(items, total);
    }

    /** The schema's purge_log; the schema is the service's own constant, checked to be a plain identifier. */
    private static String table(String schema) {
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        return schema + ".purge_log";
    }

    private static String json(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(counts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> counts(String json) {
        try {
            return JSON.readValue(json, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("purge_log holds counts that are not a JSON object: " + json, e);
        }
    }
}
