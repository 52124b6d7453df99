/**
 * Polku FHIR: rehabilitation paths, clients and client identities as HL7 FHIR R4 bundles and back.
 * <p>
 * {@link io.github.polku.fhir.PolkuFhir} is the entry point. The mapping, its reasons and the
 * extensions it uses are listed in {@code docs/FHIR.md}.
 *
 * @since 0.1.0
 */
package io.github.polku.fhir;
