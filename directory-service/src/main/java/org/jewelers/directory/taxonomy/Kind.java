package org.jewelers.directory.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** What a member firm does in the trade. */
public enum Kind implements Coded {
    RETAILER("retailer"),
    SUPPLIER("supplier"),
    MANUFACTURER("manufacturer"),
    SERVICE_PROVIDER("service-provider");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
