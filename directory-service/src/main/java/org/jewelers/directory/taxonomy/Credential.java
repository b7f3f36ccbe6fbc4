package org.jewelers.directory.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** Professional credentials that a firm's staff can hold. */
public enum Credential implements Coded {
    JA_CSA("ja-csa", "JA Certified Sales Associate"),
    JA_CSM("ja-csm", "JA Certified Sales Manager"),
    JA_CBJ("ja-cbj", "JA Certified Bench Jeweler"),
    JA_CMBJ("ja-cmbj", "JA Certified Master Bench Jeweler"),
    GIA_GG("gia-gg", "GIA Graduate Gemologist"),
    AGS_RJ("ags-rj", "AGS Registered Jeweler"),
    AGS_CG("ags-cg", "AGS Certified Gemologist"),
    AGS_CGA("ags-cga", "AGS Certified Gemologist Appraiser");

    private final String code;
    private final String label;

    Credential(String code, String label) {
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
