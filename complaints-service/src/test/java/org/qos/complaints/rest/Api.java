package org.qos.complaints.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Requests the API tests share. */
final class Api {

    static final String COMPLAINTS = "/api/v1/complaints";
    static final String PROBLEM = "application/problem+json";

    private Api() {
    }

    static String complaintJson(String operatorId, String category, String receivedAt) {
        return "{\"operatorId\":\"" + operatorId + "\",\"customerRef\":\"CUST-1\",\"channel\":\"LETTER\","
                + "\"category\":\"" + category + "\",\"receivedAt\":\"" + receivedAt + "\",\"subject\":\"Calls drop\"}";
    }

    /** Creates a complaint as the current test identity; returns its id. */
    static String complaint(String operatorId, String category, String receivedAt) {
        return given().contentType(ContentType.JSON).body(complaintJson(operatorId, category, receivedAt))
                .post(COMPLAINTS).then().statusCode(201).extract().path("id");
    }

    static int respond(String id, String respondedAt, boolean written) {
        return given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + respondedAt + "\",\"written\":" + written + ",\"summary\":\"answered\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().extract().statusCode();
    }

    static int total(String path, String operatorId) {
        return Integer.parseInt(given().queryParam("operatorId", operatorId).get(path).then().statusCode(200)
                .extract().header("X-Total-Count"));
    }
}
