package org.jewelers.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the sender's logs may show of an address: its domain and the mailbox's first letter. */
class MaskedAddressesTest {

    @Test
    void anAddressKeepsItsDomainAndTheFirstLetterOfItsMailbox() {
        assertEquals("a***@example.com", MaskedAddresses.mask("amara.lindqvist@example.com"));
    }

    @Test
    void everyAddressInAServersRefusalIsMasked() {
        assertEquals("550 5.1.1 <a***@example.com>: Recipient address rejected; also tried b***@mail.example.org",
                MaskedAddresses.mask("550 5.1.1 <amara@example.com>: Recipient address rejected; also tried"
                        + " bo+awards@mail.example.org"));
    }

    @Test
    void textWithoutAnAddressIsLeftAsItIs() {
        assertEquals("Connection refused: 127.0.0.1:2525", MaskedAddresses.mask("Connection refused: 127.0.0.1:2525"));
        assertNull(MaskedAddresses.mask(null));
    }
}
