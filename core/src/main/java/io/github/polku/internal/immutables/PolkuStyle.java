package io.github.polku.internal.immutables;

import io.github.polku.validation.IncompleteValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied through {@code package-info.java}.
 * <p>
 * JavaBeans accessors so that Bean Validation sees them; the generated class is hidden behind a
 * nested {@code Builder}; a missing mandatory attribute throws {@link IncompleteValueException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = false,
        jdkOnly = true,
        jakarta = true,
        depluralize = true,
        redactedMask = "****",
        allowedClasspathAnnotations = {Override.class},
        throwForInvalidImmutableState = IncompleteValueException.class)
@Value.Style.Depluralize(dictionary = {"criterion:criteria", "child:children", "person:people", "analysis:analyses"})
public @interface PolkuStyle {}
