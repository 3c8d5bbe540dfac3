package org.qos.campaigns.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Another session of the database (another replica, an upload, a request) holding the locks a statement takes until its
 * transaction is rolled back: what a test of lock timeouts and try-locks needs beside the code under test.
 */
public final class SessionLocks {

    private SessionLocks() {
    }

    /**
     * A connection whose open transaction has run {@code sql} with {@code parameters}; {@link Connection#rollback()}
     * releases the locks (then close it).
     */
    public static Connection holding(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        Connection other = dataSource.getConnection();
        try {
            other.setAutoCommit(false);
            try (PreparedStatement statement = other.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            }
            return other;
        } catch (SQLException | RuntimeException e) {
            other.close();
            throw e;
        }
    }
}
