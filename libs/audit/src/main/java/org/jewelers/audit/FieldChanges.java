package org.jewelers.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;

/**
 * What changed between two snapshots of one record, field by field: {@code {"name": {"from": .., "to": ..}}}.
 * Audit histories store it, so that staff read who changed what, not just that something changed.
 */
public final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * @param before a snapshot (any JSON-writable object), or null for a record just created
     * @param after  a snapshot of the same type
     * @param ignored fields that change with every write (a version) and say nothing to a reader
     */
    public static ObjectNode between(ObjectMapper json, Object before, Object after, String... ignored) {
        JsonNode from = before == null ? json.createObjectNode() : json.valueToTree(before);
        JsonNode to = json.valueToTree(after);
        TreeSet<String> fields = new TreeSet<>();
        from.fieldNames().forEachRemaining(fields::add);
        to.fieldNames().forEachRemaining(fields::add);
        for (String field : ignored) {
            fields.remove(field);
        }
        ObjectNode changes = json.createObjectNode();
        for (String field : fields) {
            JsonNode a = from.has(field) ? from.get(field) : NullNode.getInstance();
            JsonNode b = to.has(field) ? to.get(field) : NullNode.getInstance();
            if (!a.equals(b)) {
                changes.set(field, json.createObjectNode().<ObjectNode>set("from", a).set("to", b));
            }
        }
        return changes;
    }
}
