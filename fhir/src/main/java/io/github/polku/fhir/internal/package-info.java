/**
 * The mapping itself: not API.
 */
package io.github.polku.fhir.internal;
