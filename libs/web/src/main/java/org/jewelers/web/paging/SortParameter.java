package org.jewelers.web.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a list endpoint reads its {@code sort} query parameter, the one way for all: the name of one of the orders
 * the endpoint offers, with a leading {@code -} for the reverse of an order it offers both ways ({@code -datePosted}).
 * What the parameter's absence means is the endpoint's to say (often it depends on the other parameters, as
 * relevance when there is a text to search), and so is the 400 for a name it does not offer, whose field is
 * {@code sort}. Each endpoint lists its names in the parameter's description.
 *
 * @param <K> what an order means to the endpoint: a column, an expression, an enum
 */
public final class SortParameter<K> {

    /** An order as a request named it: which one, and whether reversed. */
    public record Sorted<K>(K key, boolean descending) {
    }

    private final Map<String, Sorted<K>> named;
    private final List<String> names;
    private final List<String> orders;
    private final boolean ignoringCase;

    private SortParameter(Builder<K> builder) {
        this.named = Map.copyOf(builder.named);
        this.names = List.copyOf(builder.named.keySet());
        this.orders = List.copyOf(builder.orders);
        this.ignoringCase = builder.ignoringCase;
    }

    public static <K> Builder<K> builder() {
        return new Builder<>();
    }

    /** The order the text names, or empty when it names none that the endpoint offers (or is null). */
    public Optional<Sorted<K>> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(named.get(ignoringCase ? text.toLowerCase(Locale.ROOT) : text));
    }

    /** Every accepted name, reversed ones included, in the order they were offered. */
    public List<String> names() {
        return names;
    }

    /** The orders offered, each once, without the reversed names. */
    public List<String> orders() {
        return orders;
    }

    public static final class Builder<K> {

        private final Map<String, Sorted<K>> named = new LinkedHashMap<>();
        private final List<String> orders = new ArrayList<>();
        private boolean ignoringCase;

        private Builder() {
        }

        /** An order that has one direction only, as distance or relevance. */
        public Builder<K> oneWay(String name, K key) {
            orders.add(name);
            named.put(name, new Sorted<>(key, false));
            return this;
        }

        /** An order that a leading {@code -} reverses. */
        public Builder<K> bothWays(String name, K key) {
            oneWay(name, key);
            named.put("-" + name, new Sorted<>(key, true));
            return this;
        }

        /** Names read whatever their case, for endpoints that always accepted {@code NAME} for {@code name}. */
        public Builder<K> ignoringCase() {
            ignoringCase = true;
            return this;
        }

        public SortParameter<K> build() {
            if (ignoringCase) {
                Map<String, Sorted<K>> lower = new LinkedHashMap<>();
                named.forEach((name, sorted) -> lower.put(name.toLowerCase(Locale.ROOT), sorted));
                named.clear();
                named.putAll(lower);
            }
            return new SortParameter<>(this);
        }
    }
}
