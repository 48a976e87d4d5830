package org.routesrv.dsl.parser;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.NetworkFiles;

/**
 * Whether a network's files parsed whole. After a syntax error the parser may have skipped any
 * number of declarations, so "no route table named ..." or "VNet has no address space" would blame
 * text that is fine: while a file of the network has a syntax error, only syntax errors are reported.
 * A bad value (an octet over 255) loses nothing but that value and does not count.
 */
public final class BrokenParses {

  private BrokenParses() {
  }

  /** This file, or another loaded file of the same network, has a syntax error that may hide declarations. */
  public static boolean inNetworkOf(Resource resource) {
    if (lostText(resource)) {
      return true;
    }
    String network = networkName(resource);
    ResourceSet resources = resource.getResourceSet();
    if (network == null || resources == null) {
      return false;
    }
    for (Resource other : resources.getResources()) {
      if (other != resource && other.isLoaded() && network.equals(networkName(other)) && lostText(other)) {
        return true;
      }
    }
    return false;
  }

  public static boolean lostText(Resource resource) {
    if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
      return false;
    }
    IParseResult parse = xtext.getParseResult();
    if (!parse.hasSyntaxErrors()) {
      return false;
    }
    for (INode error : parse.getSyntaxErrors()) {
      if (isLostText(error)) {
        return true;
      }
    }
    return false;
  }

  /** A syntax error after which the parser guessed, unlike a value the converter refused. */
  public static boolean isLostText(INode error) {
    SyntaxErrorMessage message = error.getSyntaxErrorMessage();
    return message == null || !RsnetSyntaxErrorMessages.INVALID_VALUE.equals(message.getIssueCode());
  }

  private static String networkName(Resource resource) {
    Model model = NetworkFiles.rootOf(resource);
    return model == null ? null : model.getName();
  }
}
