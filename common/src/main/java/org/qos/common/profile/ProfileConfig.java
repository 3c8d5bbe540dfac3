package org.qos.common.profile;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the quality profile comes from. */
@ConfigMapping(prefix = "qos.profile")
public interface ProfileConfig {

    /**
     * A file holding another quality profile (same JSON shape as the shipped TCN 68-228:2004 one). Unset: the
     * shipped profile. Environment variable: {@code QOS_PROFILE_LOCATION}.
     */
    Optional<String> location();
}
