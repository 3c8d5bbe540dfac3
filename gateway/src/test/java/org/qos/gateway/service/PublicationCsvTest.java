package org.qos.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The open-data CSV of a publication: operator-supplied text that a spreadsheet would evaluate is shown as text. */
class PublicationCsvTest {

    @Test
    void cellsASpreadsheetWouldEvaluateAreNeutralizedAndNumbersKeepTheirSign() throws Exception {
        JsonNode publication = new ObjectMapper().readTree("""
                {"id": "p1", "publishedAt": "2026-10-01T09:00:00+07:00", "from": "2026-07-01", "to": "2026-09-30",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1"},
                 "scorecards": [{"operatorId": "ALPHA", "overall": "FAIL", "families": {"voice": {"results": [
                   {"kpiId": "voice.quality", "clause": "3.4", "areaCode": "=HYPERLINK(\\"http://evil\\")",
                    "method": "@OBJECTIVE", "value": -0.5, "target": {"comparator": "GE", "value": 0.9},
                    "verdict": "FAIL", "conclusive": true}]}}}]}""");
        String[] lines = PublicationCsv.write(publication).split("\r\n");
        assertEquals(String.join(",", PublicationCsv.HEADER), lines[0]);
        assertEquals("p1,2026-10-01T09:00:00+07:00,TCN 68-228:2004,1,2026-07-01,2026-09-30,ALPHA,FAIL,voice,"
                + "voice.quality,3.4,\"'=HYPERLINK(\"\"http://evil\"\")\",,'@OBJECTIVE,,,-0.5,,GE,0.9,,,,,,,,,FAIL,true,,",
                lines[1]);
    }

    @Test
    void theRevisionAndWhatItSupersedesAreTheLastColumnsAfterTheFirstThirtyUnchanged() throws Exception {
        assertEquals(List.of("publicationId", "publishedAt", "standard", "profileVersion", "periodFrom", "periodTo",
                "operatorId", "overall", "family", "kpiId", "clause", "areaCode", "campaignId", "method",
                "periodStart", "periodEnd", "value", "unit", "comparator", "target", "sampleTotal", "sampleValid",
                "sampleExcluded", "sampleRequired", "sufficient", "confidenceLevel", "lower", "upper", "verdict",
                "conclusive"), PublicationCsv.HEADER.subList(0, 30));
        assertEquals(List.of("revision", "supersedes"), PublicationCsv.HEADER.subList(30, 32));
        JsonNode publication = new ObjectMapper().readTree("""
                {"id": "p2", "from": "2026-07-01", "to": "2026-09-30", "revision": 2, "supersedes": "p1",
                 "reason": "late uploads", "publishedAt": "2026-10-02T09:00:00+07:00",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1"},
                 "scorecards": [{"operatorId": "ALPHA", "overall": "PASS", "families": {"voice": {"results": [
                   {"kpiId": "voice.quality", "verdict": "PASS", "conclusive": false}]}}}]}""");
        String[] lines = PublicationCsv.write(publication).split("\r\n");
        assertEquals("p2,2026-10-02T09:00:00+07:00,TCN 68-228:2004,1,2026-07-01,2026-09-30,ALPHA,PASS,voice,"
                + "voice.quality,,,,,,,,,,,,,,,,,,,PASS,false,2,p1", lines[1]);
    }
}
