package org.jewelers.directory.listing;

/**
 * SQL expressions that write JSON text as the API's own serialisation writes the listing records: compact, members
 * in the records' order, a null member left out where the record is {@code NON_NULL} and written as null where it is
 * not. The search sends that text on as it comes, without reading it into records and writing them out again.
 * PostgreSQL's own JSON builders cannot do this before version 16: they put spaces around every colon and comma and
 * cannot leave a member out.
 */
final class JsonText {

    private JsonText() {
    }

    /** An object of the given members; a member expression that is null is left out. */
    static String object(String... members) {
        return "('{' || concat_ws(',', " + String.join(", ", members) + ") || '}')";
    }

    /** A member left out when its value is null. */
    static String optional(String name, String value) {
        return "'\"" + name + "\":' || to_json(" + value + ")::text";
    }

    /** A member written as null when its value is null. */
    static String required(String name, String value) {
        return "'\"" + name + "\":' || coalesce(to_json(" + value + ")::text, 'null')";
    }

    /** A member whose value is JSON text already. */
    static String text(String name, String json) {
        return "'\"" + name + "\":' || " + json;
    }

    /** An array of one JSON text per row, in the given order; {@code []} without rows. */
    static String array(String element, String rows, String order) {
        return "coalesce((select '[' || string_agg(" + element + ", ',' order by " + order + ") || ']' " + rows + "), '[]')";
    }
}
