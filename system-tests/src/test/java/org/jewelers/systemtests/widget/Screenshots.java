package org.jewelers.systemtests.widget;

import java.nio.file.Path;

/**
 * Where the browser tests put the screenshots the README shows: into target/screenshots on every run, and over the
 * committed ones in docs/ only when the build runs with {@code -Dscreenshots.update=true}, so that an ordinary run
 * leaves the checkout as it found it.
 */
final class Screenshots {

    private Screenshots() {
    }

    static Path of(String name) {
        Path folder = Boolean.getBoolean("screenshots.update") ? Path.of("..", "docs").toAbsolutePath().normalize()
                : Path.of("target", "screenshots").toAbsolutePath();
        return folder.resolve(name);
    }
}
