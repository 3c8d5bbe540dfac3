package org.qos.coverage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Street inventories: replaced whole by the regulator, checked row by row. */
@QuarkusTest
class StreetInventoryResourceTest {

    private static final String STREETS = "/api/v1/coverage/areas/{area}/streets";

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anInventoryIsReplacedWhole() {
        String area = CoverageCampaignResourceTest.newArea();
        given().contentType(ContentType.JSON).body("[{\"streetId\":\"A\",\"name\":\"Hang Bai\",\"lengthMeters\":880},"
                        + "{\"streetId\":\"B\",\"name\":\"Trang Tien\",\"lengthMeters\":420.5},"
                        + "{\"streetId\":\"C\",\"name\":\"Ly Thai To\",\"lengthMeters\":700}]")
                .put(STREETS, area).then().statusCode(200)
                .body("areaCode", equalTo(area)).body("streets", equalTo(3));
        given().contentType("text/csv").body("streetId,name,lengthMeters\nC,\"Ly Thai To, north\",710\nD,Dinh Tien Hoang,650\n")
                .put(STREETS, area).then().statusCode(200).body("streets", equalTo(2));
        given().get(STREETS, area).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("streetId", equalTo(List.of("C", "D")))
                .body("[0].name", equalTo("Ly Thai To, north"))
                .body("[0].lengthMeters", equalTo(710))
                .body("[1].lengthMeters", equalTo(650));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void repeatedIdsAndBadRowsAreNamedAndNothingChanges() {
        String area = CoverageCampaignResourceTest.newArea();
        CoverageCampaignResourceTest.putStreets(area, "S1", "S2");
        given().contentType(ContentType.JSON).body("[{\"streetId\":\"X1\",\"name\":\"One\",\"lengthMeters\":100},"
                        + "{\"streetId\":\"X2\",\"name\":\"Two\",\"lengthMeters\":200},"
                        + "{\"streetId\":\"X1\",\"name\":\"One again\",\"lengthMeters\":100},"
                        + "{\"streetId\":\"X4\",\"name\":\"Four\",\"lengthMeters\":-5},"
                        + "{\"streetId\":\"X5\",\"lengthMeters\":5}]")
                .put(STREETS, area).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://qos.example/problems/invalid-rows"))
                .body("errors.find { it.row == 3 }.field", equalTo("streetId"))
                .body("errors.find { it.row == 3 }.message", containsString("row 1"))
                .body("errors.find { it.row == 4 }.field", equalTo("lengthMeters"))
                .body("errors.find { it.row == 5 }.field", equalTo("name"));
        given().contentType(ContentType.JSON).body("[]").put(STREETS, area).then().statusCode(400);
        given().contentType(ContentType.JSON).body("[{\"streetId\":\"X1\",\"name\":\"One\",\"lengthMeters\":1}]")
                .put("/api/v1/coverage/areas/{area}/streets", "bad area!").then().statusCode(400)
                .body("errors[0].field", equalTo("areaCode"));
        given().get(STREETS, area).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("streetId", hasItem("S1"))
                .body("streetId", hasItem("S2"));
    }
}
