package org.jewelers.web;

/** An enum whose values travel by a public code ({@code watch-repair}) rather than by their Java name. */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> E ofCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'");
    }
}
