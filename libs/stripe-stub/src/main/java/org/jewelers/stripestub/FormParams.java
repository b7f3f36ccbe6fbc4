package org.jewelers.stripestub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request parameters in Stripe's form encoding, where brackets nest ({@code line_items[0][price_data][unit_amount]})
 * and lists are maps keyed by index. Accessors name the parameter in Stripe's bracket notation when they refuse one.
 */
final class FormParams {

    private final String prefix;
    private final Map<String, Object> values;

    private FormParams(String prefix, Map<String, Object> values) {
        this.prefix = prefix;
        this.values = values;
    }

    static FormParams parse(String encoded) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    put(root, name, keys(name), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        return new FormParams("", root);
    }

    /** The parameters as nested maps, for comparing the parameters of two requests. */
    Map<String, Object> asMap() {
        return values;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String string(String key) {
        Object value = values.get(key);
        if (value instanceof Map) {
            throw StripeError.invalid(name(key), "Invalid string: " + name(key) + " must be a string.");
        }
        return value == null || ((String) value).isEmpty() ? null : (String) value;
    }

    String requiredString(String key) {
        String value = string(key);
        if (value == null) {
            throw StripeError.missing(name(key));
        }
        return value;
    }

    Long integer(String key) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw StripeError.invalid(name(key), "Invalid integer: " + value);
        }
    }

    long requiredInteger(String key) {
        Long value = integer(key);
        if (value == null) {
            throw StripeError.missing(name(key));
        }
        return value;
    }

    FormParams nested(String key) {
        Object value = values.getOrDefault(key, Map.of());
        if (!(value instanceof Map)) {
            throw StripeError.invalid(name(key), "Invalid object: " + name(key) + " must be an object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return new FormParams(name(key), map);
    }

    /** A list parameter, in index order ({@code key[0]}, {@code key[1]}, ...). */
    List<FormParams> list(String key) {
        FormParams list = nested(key);
        List<String> indexes = new ArrayList<>(list.values.keySet());
        for (String index : indexes) {
            if (!index.matches("\\d{1,6}")) {
                throw StripeError.invalid(list.name(index), "Invalid array: " + key + " must be an array.");
            }
        }
        indexes.sort(Comparator.comparingInt(Integer::parseInt));
        List<FormParams> items = new ArrayList<>();
        for (String index : indexes) {
            items.add(list.nested(index));
        }
        return items;
    }

    /** A map of strings such as {@code metadata}. */
    Map<String, String> strings(String key) {
        FormParams map = nested(key);
        Map<String, String> strings = new LinkedHashMap<>();
        for (String name : map.values.keySet()) {
            String value = map.string(name);
            strings.put(name, value == null ? "" : value);
        }
        return strings;
    }

    private String name(String key) {
        return prefix.isEmpty() ? key : prefix + "[" + key + "]";
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw StripeError.invalid(null, "Invalid form encoding: " + text);
        }
    }

    private static List<String> keys(String name) {
        int open = name.indexOf('[');
        List<String> keys = new ArrayList<>();
        keys.add(open < 0 ? name : name.substring(0, open));
        int at = open;
        while (at >= 0 && at < name.length()) {
            int close = name.indexOf(']', at);
            if (name.charAt(at) != '[' || close < 0) {
                throw StripeError.invalid(name, "Invalid parameter name: " + name);
            }
            keys.add(name.substring(at + 1, close));
            at = close + 1;
        }
        if (keys.get(0).isEmpty()) {
            throw StripeError.invalid(name, "Invalid parameter name: " + name);
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, List<String> keys, String value) {
        Map<String, Object> map = root;
        for (int i = 0; i < keys.size(); i++) {
            // "key[]" appends, as Stripe's older clients encode lists
            String key = keys.get(i).isEmpty() ? String.valueOf(map.size()) : keys.get(i);
            boolean last = i == keys.size() - 1;
            Object existing = map.get(key);
            if (last) {
                if (existing != null) {
                    throw StripeError.invalid(name, "Received the parameter " + name + " more than once.");
                }
                map.put(key, value);
            } else if (existing == null) {
                Map<String, Object> child = new LinkedHashMap<>();
                map.put(key, child);
                map = child;
            } else if (existing instanceof Map) {
                map = (Map<String, Object>) existing;
            } else {
                throw StripeError.invalid(name, "Invalid parameter: " + name + " mixes a value and an object.");
            }
        }
    }
}
