package org.jewelers.directory.roster;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a roster import job is: waiting its turn, running, or finished one way or the other. */
public enum ImportStatus {
    QUEUED("queued"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
