/**
 * The {@code polku} command (fi: polku-komento, sv: polku-kommandot): validate documents, print the
 * JSON Schemas, report on a cohort.
 * <p>
 * The only public type is the entry point {@link io.github.polku.cli.Main}; the commands, their
 * options and their output are documented in {@code docs/CLI.md}. The text and JSON output, the exit
 * statuses and the violation codes are the command's stable interface.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.cli.Main} - runs the command and exits with its status</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>document</td><td>asiakirja</td><td>dokument</td></tr>
 *   <tr><td>valid</td><td>kelvollinen</td><td>giltig</td></tr>
 *   <tr><td>invalid</td><td>virheellinen</td><td>ogiltig</td></tr>
 *   <tr><td>exit status</td><td>paluuarvo</td><td>slutstatus</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a method in this package throws
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
package io.github.polku.cli;
