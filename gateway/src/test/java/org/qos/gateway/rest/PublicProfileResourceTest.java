package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The quality profile, open without a token: every KPI with its clause, target and names in both languages. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PublicProfileResourceTest {

    @Test
    void everyKpiIsNamedInVietnameseInTheStandardsWordsAndInEnglish() {
        given().get("/api/v1/public/profile").then().statusCode(200)
                .header("Cache-Control", equalTo("no-transform, max-age=300"))
                .body("standard", equalTo("TCN 68-228:2004"))
                .body("timeZone", equalTo("+07:00"))
                .body("languages", hasItems("vi", "en"))
                .body("kpis.'voice.quality'.clause", equalTo("3.4"))
                .body("kpis.'voice.quality'.names.vi", equalTo("Chất lượng thoại"))
                .body("kpis.'voice.quality'.names.en", equalTo("Voice quality"))
                .body("kpis.'coverage.outdoor'.names.vi", equalTo("Tỷ lệ phủ sóng ngoài trời"))
                .body("kpis.'coverage.outdoor'.target.comparator", equalTo("GT"))
                .body("kpis.'billing.wrong-time'.names.vi", equalTo("Tỷ lệ thời gian đàm thoại bị ghi cước sai"))
                .body("kpis.'billing.invoice-errors'.names.vi", equalTo("Độ chính xác tính cước và lập hóa đơn"))
                .body("kpis.'complaints.rate'.names.vi", equalTo("Tỷ lệ khiếu nại"))
                .body("kpis.'complaints.rate'.unit", equalTo("PER_100_CUSTOMERS_PER_YEAR"))
                .body("kpis.'support.availability'.names.vi", equalTo("Dịch vụ hỗ trợ khách hàng"))
                // an informative KPI: named, with no target
                .body("kpis.'support.answered-60s'.names.en",
                        equalTo("Customer support service: calls answered within 60 seconds (informative)"))
                .body("kpis.'support.answered-60s'.target", nullValue());
    }
}
