package org.jewelers.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoggedUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/nominations/consent/tok-123                 | /api/v1/nominations/consent/***",
            "/api/v1/nominations/consent/tok-123/decline         | /api/v1/nominations/consent/***/decline",
            "/api/v1/nominations/%63onsent/tok-123               | /api/v1/nominations/%63onsent/***",
            "/api/v1/nominations/consent;v=1/tok-123             | /api/v1/nominations/consent;v=1/***",
            "/api/v1/nominations/consent/                        | /api/v1/nominations/consent/",
            "/api/v1/notices/unsubscribe/tok-123                 | /api/v1/notices/unsubscribe/***",
            "/api/v1/notices/Unsubscribe/tok-123                 | /api/v1/notices/Unsubscribe/***",
            "/api/v1/members?key=pk_secret                       | /api/v1/members?key=***",
            "/api/v1/members?q=ring&key=pk_secret&page=2         | /api/v1/members?q=ring&key=***&page=2",
            "/api/v1/members?q=ring;key=pk_secret                | /api/v1/members?q=ring;key=***",
            "/api/v1/members?k%65y=pk_secret                     | /api/v1/members?k%65y=***",
            "/api/v1/members?key=a&key=b                         | /api/v1/members?key=***&key=***",
            "/api/v1/members?monkey=ok&keys=ok                   | /api/v1/members?monkey=ok&keys=ok",
            "/api/v1/members?%zz=ok                              | /api/v1/members?%zz=ok",
            "/api/v1/nominations/4f1c/photo?size=2               | /api/v1/nominations/4f1c/photo?size=2",
            "http://gateway/api/v1/nominations/consent/t?key=k   | http://gateway/api/v1/nominations/consent/***?key=***",
    })
    void secretsInTheUriAreMaskedAndTheRestIsKept(String uri, String logged) {
        assertEquals(logged, LoggedUri.of(uri));
    }
}
