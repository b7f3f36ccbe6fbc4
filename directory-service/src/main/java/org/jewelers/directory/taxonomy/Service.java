package org.jewelers.directory.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** The fixed taxonomy of services a member firm can offer. */
public enum Service implements Coded {
    APPRAISAL("appraisal", "Appraisal"),
    CUSTOM_DESIGN("custom-design", "Custom design"),
    REPAIR("repair", "Jewelry repair"),
    ENGRAVING("engraving", "Engraving"),
    WATCH_REPAIR("watch-repair", "Watch repair"),
    BRIDAL("bridal", "Bridal and engagement"),
    ESTATE_JEWELRY("estate-jewelry", "Estate jewelry"),
    PEARL_STRINGING("pearl-stringing", "Pearl stringing"),
    RING_SIZING("ring-sizing", "Ring sizing"),
    STONE_SETTING("stone-setting", "Stone setting"),
    CLEANING_INSPECTION("cleaning-inspection", "Cleaning and inspection"),
    GOLD_BUYING("gold-buying", "Gold and estate buying"),
    INSURANCE_REPLACEMENT("insurance-replacement", "Insurance replacement"),
    CAD_DESIGN("cad-design", "CAD design and 3D printing"),
    LASER_WELDING("laser-welding", "Laser welding"),
    GEMSTONE_IDENTIFICATION("gemstone-identification", "Gemstone identification");

    private final String code;
    private final String label;

    Service(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
