package org.routesrv.dsl.compile;

/** One file of a compiled network, by its path below {@code DIR/<network>/} ('/'-separated). */
public record OutputFile(String path, String content) {
}
