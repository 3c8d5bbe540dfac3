package org.qos.campaigns.testing;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/** How the services' RestAssured tests read JSON numbers. */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * Reads JSON numbers as doubles, so that KPI values and bounds compare at full precision (RestAssured's default,
     * float, would round 2/3), whichever test class runs first.
     */
    public static void readAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(NumberReturnType.DOUBLE));
    }
}
