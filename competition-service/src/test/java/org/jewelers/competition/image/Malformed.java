package org.jewelers.competition.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;

/** How the metadata walkers refuse a file they cannot walk: 422, with a detail that says where and why. */
final class Malformed {

    private Malformed() {
    }

    static void assertRefused(Supplier<byte[]> strip, String format, String why) {
        WebApplicationException refused = assertThrows(WebApplicationException.class, strip::get);
        assertEquals(422, refused.getResponse().getStatus());
        assertTrue(refused.getMessage().startsWith("The " + format + " file is malformed: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(why), () -> "expected '" + why + "' in: " + refused.getMessage());
    }
}
