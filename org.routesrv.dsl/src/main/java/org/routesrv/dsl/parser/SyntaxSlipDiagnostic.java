package org.routesrv.dsl.parser;

import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * A {@link SyntaxSlips.Slip} as a syntax error of the resource: validators, the command line and the
 * language server then treat it as they treat the parser's own errors.
 */
public class SyntaxSlipDiagnostic extends XtextSyntaxDiagnostic {

  private final SyntaxSlips.Slip slip;

  public SyntaxSlipDiagnostic(SyntaxSlips.Slip slip) {
    super(slip.node());
    this.slip = slip;
  }

  @Override
  public String getMessage() {
    return slip.message();
  }

  @Override
  public String getCode() {
    return RsnetSyntaxErrorMessages.SYNTAX;
  }

  @Override
  public String[] getData() {
    return null;
  }

  @Override
  public int getOffset() {
    return slip.offset();
  }

  @Override
  public int getLength() {
    return slip.length();
  }
}
