package org.qos.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qos.common.profile.ProfileProducer;
import org.qos.common.profile.QualityProfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The open-data CSV of a publication: operator-supplied text that a spreadsheet would evaluate is shown as text. */
class PublicationCsvTest {

    private static final QualityProfile SHIPPED = ProfileProducer.shipped();

    @Test
    void cellsASpreadsheetWouldEvaluateAreNeutralizedAndNumbersKeepTheirSign() throws Exception {
        JsonNode publication = new ObjectMapper().readTree("""
                {"id": "p1", "publishedAt": "2026-10-01T09:00:00+07:00", "from": "2026-07-01", "to": "2026-09-30",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1"},
                 "scorecards": [{"operatorId": "ALPHA", "overall": "FAIL", "families": {"voice": {"results": [
                   {"kpiId": "voice.quality", "clause": "3.4", "areaCode": "=HYPERLINK(\\"http://evil\\")",
                    "method": "@OBJECTIVE", "value": -0.5, "target": {"comparator": "GE", "value": 0.9},
                    "verdict": "FAIL", "conclusive": true}]}}}]}""");
        String[] lines = PublicationCsv.write(publication, SHIPPED).split("\r\n");
        assertEquals(String.join(",", PublicationCsv.HEADER), lines[0]);
        assertEquals("p1,2026-10-01T09:00:00+07:00,TCN 68-228:2004,1,2026-07-01,2026-09-30,ALPHA,FAIL,voice,"
                + "voice.quality,3.4,\"'=HYPERLINK(\"\"http://evil\"\")\",,'@OBJECTIVE,,,-0.5,,GE,0.9,,,,,,,,,FAIL,true,,,"
                + "Chất lượng thoại,Voice quality",
                lines[1]);
    }

    @Test
    void theRevisionAndWhatItSupersedesAreTheLastColumnsAfterTheFirstThirtyUnchanged() throws Exception {
        assertEquals(List.of("publicationId", "publishedAt", "standard", "profileVersion", "periodFrom", "periodTo",
                "operatorId", "overall", "family", "kpiId", "clause", "areaCode", "campaignId", "method",
                "periodStart", "periodEnd", "value", "unit", "comparator", "target", "sampleTotal", "sampleValid",
                "sampleExcluded", "sampleRequired", "sufficient", "confidenceLevel", "lower", "upper", "verdict",
                "conclusive"), PublicationCsv.HEADER.subList(0, 30));
        assertEquals(List.of("revision", "supersedes", "kpiNameVi", "kpiNameEn"), PublicationCsv.HEADER.subList(30, 34));
        JsonNode publication = new ObjectMapper().readTree("""
                {"id": "p2", "from": "2026-07-01", "to": "2026-09-30", "revision": 2, "supersedes": "p1",
                 "reason": "late uploads", "publishedAt": "2026-10-02T09:00:00+07:00",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1"},
                 "scorecards": [{"operatorId": "ALPHA", "overall": "PASS", "families": {"voice": {"results": [
                   {"kpiId": "voice.quality", "verdict": "PASS", "conclusive": false}]}}}]}""");
        String[] lines = PublicationCsv.write(publication, SHIPPED).split("\r\n");
        assertEquals("p2,2026-10-02T09:00:00+07:00,TCN 68-228:2004,1,2026-07-01,2026-09-30,ALPHA,PASS,voice,"
                + "voice.quality,,,,,,,,,,,,,,,,,,,PASS,false,2,p1,Chất lượng thoại,Voice quality", lines[1]);
    }

    @Test
    void theKpiNamesAreTheSnapshotsAndForAnOlderPublicationOfTheSameProfileThoseInForce() throws Exception {
        String named = """
                {"id": "p3", "from": "2026-07-01", "to": "2026-09-30", "revision": 1,
                 "publishedAt": "2026-10-02T09:00:00+07:00",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1",
                             "kpiNames": {"complaints.rate": {"vi": "Tỷ lệ khiếu nại", "en": "Complaint rate"}}},
                 "scorecards": [{"operatorId": "BETA", "overall": "FAIL", "families": {"complaints": {"results": [
                   {"kpiId": "complaints.rate", "verdict": "FAIL", "conclusive": true}]}}}]}""";
        String[] lines = PublicationCsv.write(new ObjectMapper().readTree(named), SHIPPED).split("\r\n");
        assertTrue(lines[1].endsWith(",1,,Tỷ lệ khiếu nại,Complaint rate"), lines[1]);
        // another standard's publication with no names of its own: no name rather than a wrong one
        String other = named.replace("\"TCN 68-228:2004\"", "\"OTHER-2030\"")
                .replaceAll(",\\s*\"kpiNames\": \\{[^}]*}}", "");
        lines = PublicationCsv.write(new ObjectMapper().readTree(other), SHIPPED).split("\r\n");
        assertTrue(lines[1].endsWith(",1,,,"), lines[1]);
    }
}
