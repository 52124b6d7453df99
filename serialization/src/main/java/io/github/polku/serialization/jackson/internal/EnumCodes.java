package io.github.polku.serialization.jackson.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The wire codes of one enum: the names of its constants, in declaration order. A wire code is
 * API: the pinned code table test notices any change, and a Java constant may not be renamed
 * before a table from constant to code is added here.
 *
 * @param <E> the enum type
 */
public final class EnumCodes<E extends Enum<E>> {

    private final Class<E> type;
    private final Map<E, String> toCode;
    private final Map<E, SerializableString> toSerialized;
    private final Map<String, E> fromCode = new HashMap<>();
    private final List<String> codes = new ArrayList<>();

    EnumCodes(Class<E> type) {
        this.type = type;
        this.toCode = new EnumMap<>(type);
        this.toSerialized = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            String code = constant.name();
            toCode.put(constant, code);
            toSerialized.put(constant, new SerializedString(code));
            fromCode.put(code, constant);
            codes.add(code);
        }
    }

    /**
     * Gets the name of the code set, the simple name of the enum.
     *
     * @return the name, not null
     */
    public String name() {
        return type.getSimpleName();
    }

    /**
     * Gets the enum type.
     *
     * @return the type, not null
     */
    public Class<E> type() {
        return type;
    }

    /**
     * Gets the codes in declaration order.
     *
     * @return the codes, not null
     */
    public List<String> codes() {
        return Collections.unmodifiableList(codes);
    }

    Object fromCode(String code) {
        return fromCode.get(code);
    }

    String codeOf(Object constant) {
        return toCode.get(type.cast(constant));
    }

    /** The code, encoded once for the writer (GH-9). */
    SerializableString serializedCodeOf(Object constant) {
        return toSerialized.get(type.cast(constant));
    }
}
