/**
 * Internal: the constraint validators of Polku's rule constraints, registered as
 * {@code jakarta.validation.ConstraintValidator} services and opened only to Hibernate Validator;
 * not API.
 */
package io.github.polku.internal.constraintvalidators;
