package org.qos.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real tokens from the running Keycloak (realm qos). */
final class Tokens {

    static final String KEYCLOAK = System.getProperty("qos.keycloak.url", "http://127.0.0.1:8180");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/qos/protocol/openid-connect/token";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** A person's token: password grant on the public client qos-cli (demo password = user name). */
    static String user(String name) {
        return CACHE.computeIfAbsent("user:" + name, key -> given()
                .formParam("grant_type", "password").formParam("client_id", "qos-cli")
                .formParam("username", name).formParam("password", name)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    /**
     * A fresh, uncached token of the public client qos-cli-short, whose access tokens live 3 s (realm attribute
     * access.token.lifespan): the way to a real token that has expired.
     */
    static String shortLived(String name) {
        return given()
                .formParam("grant_type", "password").formParam("client_id", "qos-cli-short")
                .formParam("username", name).formParam("password", name)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** An operator system's token: client-credentials grant on its confidential client. */
    static String system(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> given()
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same header and payload with another signature: what a forger without the realm's key can make. */
    static String withForgedSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x5A;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The real signature over an altered payload (operator_id changed): the signature no longer matches. */
    static String withAlteredClaim(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        try {
            var payload = (com.fasterxml.jackson.databind.node.ObjectNode) claims(token);
            payload.put(claim, value);
            String encoded = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            return parts[0] + "." + encoded + "." + parts[2];
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
