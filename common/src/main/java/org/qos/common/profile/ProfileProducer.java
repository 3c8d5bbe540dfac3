package org.qos.common.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

/** Makes the configured quality profile available for injection; loaded once, at startup. */
@ApplicationScoped
public class ProfileProducer {

    private static final Logger LOG = Logger.getLogger(ProfileProducer.class);

    @Produces
    @Singleton
    QualityProfile profile(ProfileConfig config) {
        QualityProfile profile = config.location().map(ProfileProducer::fromFile).orElseGet(ProfileProducer::shipped);
        LOG.infof("Quality profile %s version %s (%d KPIs)", profile.standard(), profile.version(), profile.kpis().size());
        return profile;
    }

    public static QualityProfile shipped() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(QualityProfile.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped profile " + QualityProfile.DEFAULT_RESOURCE + " is missing");
            }
            return QualityProfile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static QualityProfile fromFile(String location) {
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return QualityProfile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the quality profile " + location, e);
        }
    }
}
