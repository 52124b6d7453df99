package io.github.polku.internal.constraintvalidators;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;

/**
 * Turns a JSON Pointer below a validated bean into Bean Validation property nodes, the way
 * Hibernate Validator's own constraints locate a violation. A numeric segment after a property is
 * a list index, which Bean Validation puts on the node <em>after</em> the list:
 * {@code /services/0/attendances/1/date} becomes {@code services[0].attendances[1].date}, and a
 * pointer that ends at an element ({@code /members/2}) ends with a bean node at that index. Property
 * names equal JSON property names by design (STYLE 4.4), so {@code JsonPointers.of} turns the
 * property path back into the same pointer.
 */
final class PropertyNodes {

    private PropertyNodes() {
    }

    /**
     * Adds the nodes of a pointer to a violation and adds the violation.
     *
     * @param builder the violation being built, not null
     * @param pointer the JSON Pointer below the bean, "" for the bean itself
     */
    static void add(ConstraintViolationBuilder builder, String pointer) {
        if (pointer.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("Not a JSON Pointer: " + pointer);
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        Object at = builder;
        Integer index = null;
        boolean afterProperty = false;
        for (String token : tokens) {
            if (afterProperty && index == null && isIndex(token)) {
                index = Integer.valueOf(token);
                afterProperty = false;
                continue;
            }
            NodeBuilderCustomizableContext node = property(at, unescape(token));
            at = index == null ? node : node.inIterable().atIndex(index);
            index = null;
            afterProperty = true;
        }
        if (index != null) {
            leaf(at).inIterable().atIndex(index).addConstraintViolation();
        } else {
            addViolation(at);
        }
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    // The builder interfaces of Bean Validation share method names but no common supertype.

    private static NodeBuilderCustomizableContext property(Object at, String name) {
        if (at instanceof ConstraintViolationBuilder) {
            return ((ConstraintViolationBuilder) at).addPropertyNode(name);
        }
        if (at instanceof NodeBuilderCustomizableContext) {
            return ((NodeBuilderCustomizableContext) at).addPropertyNode(name);
        }
        if (at instanceof NodeContextBuilder) {
            return ((NodeContextBuilder) at).addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) at).addPropertyNode(name);
    }

    private static LeafNodeBuilderCustomizableContext leaf(Object at) {
        if (at instanceof ConstraintViolationBuilder) {
            return ((ConstraintViolationBuilder) at).addBeanNode();
        }
        if (at instanceof NodeBuilderCustomizableContext) {
            return ((NodeBuilderCustomizableContext) at).addBeanNode();
        }
        if (at instanceof NodeContextBuilder) {
            return ((NodeContextBuilder) at).addBeanNode();
        }
        return ((NodeBuilderDefinedContext) at).addBeanNode();
    }

    private static void addViolation(Object at) {
        if (at instanceof NodeBuilderCustomizableContext) {
            ((NodeBuilderCustomizableContext) at).addConstraintViolation();
        } else if (at instanceof NodeContextBuilder) {
            ((NodeContextBuilder) at).addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) at).addConstraintViolation();
        }
    }
}
