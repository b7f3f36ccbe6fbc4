package org.jewelers.devstack;

/** The database and user that one app owns. */
public record ServiceDatabase(String jdbcUrl, String user, String password) {
}
