/**
 * The Polku exchange format in JSON, with Jackson 3: the {@link io.github.polku.serialization.jackson.PolkuDocuments}
 * facade, the {@link io.github.polku.serialization.jackson.PolkuModule} and the
 * {@link io.github.polku.serialization.jackson.PolkuJson} mapper facade.
 * <p>
 * Main types:
 * <ul>
 *   <li>{@link io.github.polku.serialization.jackson.PolkuDocuments}: write, read, read-and-validate and
 *       validate documents, one at a time or as a stream; reading reports every problem with its JSON
 *       Pointer;</li>
 *   <li>{@link io.github.polku.serialization.jackson.DocumentType}: the exchanged document types;</li>
 *   <li>{@link io.github.polku.serialization.jackson.DocumentResult} and
 *       {@link io.github.polku.serialization.jackson.StreamSummary}: what reading returns;</li>
 *   <li>{@link io.github.polku.serialization.jackson.ReadOptions} and
 *       {@link io.github.polku.serialization.jackson.ReadLimits}: strict or lenient reading and the parser
 *       limits;</li>
 *   <li>{@link io.github.polku.serialization.jackson.JsonSchemas}: the shipped JSON Schemas;</li>
 *   <li>{@link io.github.polku.serialization.jackson.ProblemDetails} and
 *       {@link io.github.polku.serialization.jackson.OperationOutcome}: a report as RFC 9457 problem details
 *       or as a FHIR OperationOutcome.</li>
 * </ul>
 * The format itself is described in {@code docs/FORMAT.md}.
 * <p>
 * Polku uses Jackson 3 ({@code tools.jackson.*}). Jackson 3 and Jackson 2 live side by side on one
 * class path, so an application still on Jackson 2 can use this module too.
 *
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>document</td><td>asiakirja</td><td>dokument</td></tr>
 *   <tr><td>document type</td><td>asiakirjatyyppi</td><td>dokumenttyp</td></tr>
 *   <tr><td>exchange format</td><td>tiedonsiirtomuoto</td><td>utbytesformat</td></tr>
 *   <tr><td>validation report</td><td>tarkistusraportti</td><td>valideringsrapport</td></tr>
 *   <tr><td>violation</td><td>virhe tai huomautus</td><td>fel eller anmärkning</td></tr>
 *   <tr><td>schema</td><td>skeema</td><td>schema</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}. Optional results are {@link java.util.Optional}.
 *
 * @since 0.1.0
 */
package io.github.polku.serialization.jackson;
