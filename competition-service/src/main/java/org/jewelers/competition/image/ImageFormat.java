package org.jewelers.competition.image;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/** The file formats an entry accepts, recognised from the file's bytes. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    PDF("application/pdf");

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The file's media type by its magic numbers alone: Tika is given no name and no declared type, so that a file
     * named .jpg or sent as image/jpeg is taken for what it is.
     */
    static String detect(byte[] file) {
        try {
            return MimeTypes.getDefaultMimeTypes().detect(TikaInputStream.get(file), new Metadata()).getBaseType()
                    .toString();
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory does not fail", e);
        }
    }

    static Optional<ImageFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
