/**
 * Numbered example programs, each teaching one idea from real Finnish social rehabilitation
 * practice. See {@code examples/README.md} for the index and how to run them.
 */
package io.github.polku.examples;
