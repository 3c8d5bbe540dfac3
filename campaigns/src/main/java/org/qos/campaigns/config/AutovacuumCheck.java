package org.qos.campaigns.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * At start, a warning when the database runs without autovacuum. A refused batch, a dry run and a batch rolled back
 * for any reason leave their rows dead in the row tables, as a DELETE does; only (auto)vacuum makes their space
 * reusable. Without it they pile up and every later upload pays for them: a million-record billing upload took 15–17 s
 * into a partition holding 4.9M dead rows, and 12.6 s after {@code VACUUM FULL}. The service runs either way.
 */
@ApplicationScoped
class AutovacuumCheck {

    private static final Logger LOG = Logger.getLogger(AutovacuumCheck.class);

    void onStart(@Observes StartupEvent event, AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('autovacuum')")) {
            if (rs.next()) {
                warning(rs.getString(1)).ifPresent(LOG::warn);
            }
        } catch (SQLException e) {
            LOG.debugf("could not read the database's autovacuum setting: %s", e.getMessage());
        }
    }

    /** The warning for the server's {@code autovacuum} setting, if it needs one. */
    static Optional<String> warning(String autovacuum) {
        if (!"off".equalsIgnoreCase(autovacuum)) {
            return Optional.empty();
        }
        return Optional.of("The database runs with autovacuum = off: the rows of refused, dry-run and rolled-back"
                + " batches stay dead in the row tables and slow every later upload. Turn autovacuum on, or VACUUM the"
                + " row tables on a schedule.");
    }
}
