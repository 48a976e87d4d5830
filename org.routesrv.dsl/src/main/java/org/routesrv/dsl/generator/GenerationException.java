package org.routesrv.dsl.generator;

/** A model that validated but that a generator still cannot turn into a configuration. */
public class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenerationException(String message) {
    super(message);
  }
}
