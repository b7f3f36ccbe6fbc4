package org.jewelers.competition.custody;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The code on a piece's packing slip: 128 random bits in hex, so that it names one piece and cannot be guessed from
 * another piece's slip. A scanned code is checked for its shape before it is looked up.
 */
final class ScanCode {

    static final String FORMAT = "[0-9a-f]{32}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ScanCode() {
    }

    static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }
}
