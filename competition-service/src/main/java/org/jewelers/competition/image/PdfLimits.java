package org.jewelers.competition.image;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much work one uploaded PDF may cost. A PDF is a program: a megabyte can inflate to a gigabyte of drawing
 * operators, and PDFBox neither bounds that nor stops when its thread is interrupted, so every bound is checked from
 * inside the work.
 */
@ConfigMapping(prefix = "competition.pdf")
public interface PdfLimits {

    /** The most one stream may decode to, counted as its filters write it out: a bomb stops there. */
    @WithDefault("32M")
    MemorySize maxDecodedStreamBytes();

    /** The most drawing operators the first page's thumbnail may run, forms, patterns and glyphs included. */
    @WithDefault("1000000")
    long maxRenderOperators();

    /** PDFs cleaned and rendered at once, each on a thread of its own; more wait their turn. */
    @WithDefault("2")
    int maxConcurrentRenders();

    /**
     * The time an upload's PDF may take, its wait for a render thread included; then its work is stopped. With the
     * request's 2 s of grace it stays under the gateway's 10 s, so the entrant gets our 422, not the gateway's 504.
     */
    @WithDefault("7s")
    Duration timeout();
}
