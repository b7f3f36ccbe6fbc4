package org.jewelers.competition.submission;

/** A stored file's bytes (or its thumbnail's) to answer with, their media type, and the stored file's checksum. */
public record FileContent(String mediaType, byte[] bytes, String sha256) {
}
