/**
 * Internal: the small utilities that public code shares (JSON Pointers, message rendering, the
 * identifier format). Not exported; not API. The rule validators live in
 * {@code io.github.polku.internal.constraintvalidators}.
 */
package io.github.polku.internal.validation;
