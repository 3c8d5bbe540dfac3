package org.qos.billing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.qos.billing.domain.BillingRules;
import org.qos.billing.rest.BillingChargingRecordRow;
import org.qos.billing.rest.BillingTestCallRow;
import org.qos.billing.rest.InvoiceAuditRow;
import org.qos.common.profile.ProfileProducer;

/**
 * The documented rows of the OpenAPI document name exactly the fields the row schemas read, in their order; every
 * field of these rows is required.
 */
class RowDocumentationTest {

    static void documents(Class<? extends Record> row, List<String> fields) {
        assertEquals(fields, Arrays.stream(row.getRecordComponents()).map(component -> component.getName()).toList(),
                row.getSimpleName());
        assertEquals(fields, List.of(row.getAnnotation(Schema.class).requiredProperties()), row.getSimpleName());
    }

    @Test
    void testCallRowNamesTheSchemasFields() {
        documents(BillingTestCallRow.class, new TestCallSchema(BillingRules.from(ProfileProducer.shipped())).fields());
    }

    @Test
    void chargingRecordRowNamesTheSchemasFields() {
        documents(BillingChargingRecordRow.class, new CampaignRecordSchema().fields());
    }

    @Test
    void invoiceAuditRowNamesTheSchemasFields() {
        documents(InvoiceAuditRow.class, new AuditRowSchema("VND").fields());
    }
}
