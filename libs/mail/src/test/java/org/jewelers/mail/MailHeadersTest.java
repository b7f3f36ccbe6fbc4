package org.jewelers.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailHeadersTest {

    @Test
    void keepsHeadersInOrderThroughTheTable() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<https://jewelers.example/api/v1/notices/unsubscribe/{secret}>");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertEquals(headers, MailHeaders.fromText(MailHeaders.toText(headers)));
        assertNull(MailHeaders.toText(Map.of()));
        assertEquals(Map.of(), MailHeaders.fromText(null));
    }

    @Test
    void refusesALineBreakThatWouldAddAHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> MailHeaders.toText(Map.of("X-Note", "a\r\nBcc: someone@example.com")));
        assertThrows(IllegalArgumentException.class, () -> MailHeaders.toText(Map.of("X:Note", "a")));
    }

    @Test
    void aKeyHasOneMessageIdWhateverTheSend() {
        String key = "draft-reminder/1b7e0c52-6f7e-4a43-9d0c-1c2f5a0e6a11/24h-before/maya@example.com";
        String id = MessageIds.of(key, "jewelers.example");
        assertEquals(id, MessageIds.of(key, "jewelers.example"));
        assertNotEquals(id, MessageIds.of(key.replace("24h", "48h"), "jewelers.example"));
        assertTrue(id.matches("<[0-9a-f]{40}@jewelers\\.example>"), id);
    }
}
