package org.jewelers.contracts;

import java.util.List;

/** An event that does not match its contract; lists every violation so the producer can fix them all at once. */
public class ContractViolation extends RuntimeException {

    private final String type;
    private final List<String> violations;

    public ContractViolation(String type, List<String> violations) {
        super("Event " + type + " violates its contract: " + String.join("; ", violations));
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public String type() {
        return type;
    }

    public List<String> violations() {
        return violations;
    }
}
