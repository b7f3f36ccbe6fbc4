package org.jewelers.directory.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which contact fields the public listing shows; a hidden field never leaves the directory. */
@Schema(name = "Visibility")
public record Visibility(Boolean website, Boolean phone, Boolean email) {
}
