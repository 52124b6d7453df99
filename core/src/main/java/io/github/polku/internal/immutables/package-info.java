/** Internal: the Immutables style of the project. Not exported; not API. */
package io.github.polku.internal.immutables;
