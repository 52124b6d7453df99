/**
 * Internal: constraint validators, violation mapping and message rendering. Not exported except
 * to Hibernate Validator; not API.
 */
package io.github.polku.internal.validation;
