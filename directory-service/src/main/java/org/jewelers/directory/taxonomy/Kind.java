package org.jewelers.directory.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a member firm does in the trade. */
public enum Kind {
    RETAILER("retailer"),
    SUPPLIER("supplier"),
    MANUFACTURER("manufacturer"),
    SERVICE_PROVIDER("service-provider");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
