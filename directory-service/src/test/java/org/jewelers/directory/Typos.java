package org.jewelers.directory;

import java.util.Random;

/** One-edit misspellings: a letter replaced, left out, or added. */
final class Typos {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private Typos() {
    }

    static String oneEdit(String text, Random random) {
        int at = random.nextInt(text.length());
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + letter + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + letter + text.substring(at);
        };
    }
}
