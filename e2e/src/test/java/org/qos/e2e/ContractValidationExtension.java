package org.qos.e2e;

import io.restassured.RestAssured;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractValidationFilter} as a default filter of RestAssured before the first test class, so that
 * every request of the suite, whichever class makes it, has its answer checked against the published document.
 * Registered for every class through the service loader (META-INF/services, and
 * junit.jupiter.extensions.autodetection.enabled in junit-platform.properties).
 */
public final class ContractValidationExtension implements BeforeAllCallback {

    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (ContractValidationExtension.class) {
            if (!installed && !"off".equals(ContractValidationFilter.MODE)) {
                RestAssured.filters(new ContractValidationFilter());
            }
            installed = true;
        }
    }
}
