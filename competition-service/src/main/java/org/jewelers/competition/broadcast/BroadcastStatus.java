package org.jewelers.competition.broadcast;

import org.jewelers.web.Coded;

/** Where a broadcast is: its recipients being turned into notices, or every one of them decided. */
public enum BroadcastStatus implements Coded {
    EXPANDING("expanding"),
    QUEUED("queued");

    private final String code;

    BroadcastStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
