package io.github.polku.cli;

/**
 * Writes the outcome of each document as it arrives, then the totals.
 */
interface Printer {

    void print(Outcome outcome);

    void finish(Totals totals);
}
