package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.SourceRef;

/** The outcome of one {@code expect} line; {@code actual} says what the simulation found. */
public record ExpectationResult(SourceRef source, boolean passed, String actual) {
}
