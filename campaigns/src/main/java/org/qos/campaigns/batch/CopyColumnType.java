package org.qos.campaigns.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column types a batch is copied into, each with its binary COPY form in {@link CopyRow}. A target table's types
 * are read from the catalog ({@link #of}), so that the migrations stay the one place where they are declared; a
 * column of any other type is refused before anything is copied.
 */
public enum CopyColumnType {
    UUID, INT2, INT4, INT8, FLOAT8, BOOL, NUMERIC, TIMESTAMPTZ, TEXT, TEXT_ARRAY, VARCHAR_ARRAY;

    private static final int TEXT_OID = 25;
    private static final int VARCHAR_OID = 1043;

    /** The type of a column of type {@code oid}; null when batches cannot be copied into it. */
    static CopyColumnType ofOid(int oid) {
        return switch (oid) {
            case 2950 -> UUID;
            case 21 -> INT2;
            case 23 -> INT4;
            case 20 -> INT8;
            case 701 -> FLOAT8;
            case 16 -> BOOL;
            case 1700 -> NUMERIC;
            case 1184 -> TIMESTAMPTZ;
            case TEXT_OID, VARCHAR_OID, 1042 -> TEXT; // text, varchar(n), char(n): the same binary form
            case 1009 -> TEXT_ARRAY;
            case 1015 -> VARCHAR_ARRAY;
            default -> null;
        };
    }

    /** The element type's oid of an array type (the binary form names it); 0 for the others. */
    int elementOid() {
        return switch (this) {
            case TEXT_ARRAY -> TEXT_OID;
            case VARCHAR_ARRAY -> VARCHAR_OID;
            default -> 0;
        };
    }

    long min() {
        return switch (this) {
            case INT2 -> Short.MIN_VALUE;
            case INT4 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    long max() {
        return switch (this) {
            case INT2 -> Short.MAX_VALUE;
            case INT4 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /**
     * The types of {@code columns} of {@code table} (schema-qualified), in their order, from the catalog.
     *
     * @throws IllegalStateException when a column does not exist or has a type batches are not copied into
     */
    static CopyColumnType[] of(Connection connection, String table, List<String> columns) throws SQLException {
        Map<String, Integer> oids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT attname, atttypid FROM pg_attribute"
                + " WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    oids.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        CopyColumnType[] types = new CopyColumnType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            Integer oid = oids.get(columns.get(i));
            types[i] = oid == null ? null : ofOid(oid);
            if (types[i] == null) {
                throw new IllegalStateException(oid == null ? "no column " + columns.get(i) + " in " + table
                        : "column " + columns.get(i) + " of " + table + " has a type (oid " + oid
                                + ") that batches are not copied into");
            }
        }
        return types;
    }
}
