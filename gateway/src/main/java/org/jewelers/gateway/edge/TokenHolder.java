package org.jewelers.gateway.edge;

import java.util.Set;

/** Who a valid bearer token speaks for: its subject and roles, read at the edge for the limits per subject. */
public record TokenHolder(String subject, Set<String> roles) {
}
