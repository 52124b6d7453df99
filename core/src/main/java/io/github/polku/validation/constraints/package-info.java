/**
 * Polku's public Bean Validation constraint annotations. Each class-level constraint runs one
 * group of domain rules and may report several violations, each with its own code, severity and
 * JSON Pointer. Their validators live in a package that is not exported.
 * <p>
 * Unless otherwise specified, a {@code null} value is considered valid by every constraint here;
 * pair it with {@code @NotNull} where needed.
 *
 * @since 0.1.0
 */
package io.github.polku.validation.constraints;
