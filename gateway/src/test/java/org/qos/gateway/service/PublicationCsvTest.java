package org.qos.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                + "voice.quality,3.4,\"'=HYPERLINK(\"\"http://evil\"\")\",,'@OBJECTIVE,,,-0.5,,GE,0.9,,,,,,,,,FAIL,true",
                lines[1]);
    }
}
