package org.qos.coverage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The API's surface as the OpenAPI document states it: every path of clause 3.5, and the upload's parameters. */
@QuarkusTest
class OpenApiTest {

    static final String CAMPAIGNS = "paths.'/api/v1/coverage/campaigns";

    @Test
    void everyPathAndTheUploadsParametersAreDocumented() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"'.get", "'.post", "/{id}'.get", "/{id}/batches'.get", "/{id}/close'.post",
                "/{id}/samples'.post", "/{id}/result'.get", "/{id}/map'.get", "/{id}/unmeasured-streets'.get"}) {
            document.body(CAMPAIGNS + path, notNullValue());
        }
        document.body("paths.'/api/v1/coverage/compliance'.get", notNullValue())
                .body("paths.'/api/v1/coverage/areas/{areaCode}/streets'.get", notNullValue())
                .body("paths.'/api/v1/coverage/areas/{areaCode}/streets'.put", notNullValue())
                .body(CAMPAIGNS + "/{id}/samples'.post.parameters.name", hasItems("id", "dryRun", "Idempotency-Key"))
                .body(CAMPAIGNS + "/{id}/samples'.post.parameters.name", not(hasItem("Content-Type")))
                .body(CAMPAIGNS + "/{id}/unmeasured-streets'.get.parameters.name", hasItems("page", "size"))
                .body(CAMPAIGNS + "/{id}/map'.get.operationId", equalTo("getCoverageCampaignMap"))
                .body(CAMPAIGNS + "/{id}/map'.get.parameters.name", hasItems("bbox", "page", "size"))
                .body(CAMPAIGNS + "/{id}/map'.get.responses.'200'.headers", hasKey("X-Total-Count"))
                .body(CAMPAIGNS + "/{id}/map'.get.responses.'400'", notNullValue());
    }
}
