package io.github.polku.serialization.jackson.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the kinds of the descriptors: the types reachable from a document type (its schema's
 * {@code $defs} and its part of the format reference) and the code tables of the format.
 */
final class SchemaWalk {

    private SchemaWalk() {
    }

    /** The descriptors reachable from a root, the root first, each once, depth first. */
    static List<TypeDescriptor> reachable(TypeDescriptor root) {
        Map<String, TypeDescriptor> found = new LinkedHashMap<>();
        walk(root, found);
        return new ArrayList<>(found.values());
    }

    private static void walk(TypeDescriptor d, Map<String, TypeDescriptor> found) {
        if (found.putIfAbsent(d.name(), d) != null) {
            return;
        }
        for (Prop<?> p : d.props()) {
            walkKind(p.kind, found);
        }
    }

    private static void walkKind(Kind kind, Map<String, TypeDescriptor> found) {
        if (kind instanceof ObjectKind) {
            walk(((ObjectKind) kind).descriptor(), found);
        } else if (kind instanceof ListKind) {
            walkKind(((ListKind) kind).element, found);
        } else if (kind instanceof MapKind) {
            walkKind(((MapKind) kind).value, found);
        }
    }

    /** The code tables of every enum the descriptors use, by enum simple name, sorted by name. */
    static Map<String, List<String>> codeTables(Collection<TypeDescriptor> descriptors) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (TypeDescriptor d : descriptors) {
            for (Prop<?> p : d.props()) {
                collect(p.kind, tables);
            }
        }
        return tables;
    }

    private static void collect(Kind kind, Map<String, List<String>> tables) {
        if (kind instanceof CodeKind) {
            EnumCodes<?> c = ((CodeKind) kind).codes;
            tables.put(c.name(), c.codes());
        } else if (kind instanceof ListKind) {
            collect(((ListKind) kind).element, tables);
        } else if (kind instanceof MapKind) {
            MapKind map = (MapKind) kind;
            if (map.keyCodes != null) {
                tables.put(map.keyCodes.name(), map.keyCodes.codes());
            }
            collect(map.value, tables);
        }
    }
}
