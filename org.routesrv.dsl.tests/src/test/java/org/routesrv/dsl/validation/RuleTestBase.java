package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Rule tests: a small model per test. In {@link #assertIssue} the text the marker must cover is written between
 * {@code [[} and {@code ]]}; the brackets are removed before parsing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
abstract class RuleTestBase {

  /**
   * A hub with a Route Server, an NVA subnet that overrides BGP routes, and a transit spoke. Tests add NVAs,
   * gateways and sites, or use the pieces below.
   */
  static final String HUB = """
      network test
      vnet hub {
          address-space 10.0.0.0/16
          subnet GatewaySubnet 10.0.0.0/27
          subnet RouteServerSubnet 10.0.1.0/26
          subnet dmz 10.0.2.0/24 route-table rt-dmz
          subnet workload 10.0.3.0/24
      }
      vnet spoke {
          address-space 10.1.0.0/16
          subnet workload 10.1.0.0/24
      }
      peering hub <-> spoke { transit via hub }
      route-table rt-dmz { bgp-propagation off }
      route-server ars in hub
      """;

  /** An NVA in the hub's nva subnet without issues of its own: NIC, static route to RouteServerSubnet, peering. */
  static String nva(String name, int hostByte, long asn, String bgpLines) {
    return """
        nva %1$s vendor frr asn %3$d {
            nic eth0 hub.dmz 10.0.2.%2$d ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0
        %4$s
            }
        }
        """.formatted(name, hostByte, asn, bgpLines.indent(8).stripTrailing());
  }

  @Inject private ParseHelper<Model> parser;
  @Inject private ValidationTestHelper validator;
  @Inject private Provider<XtextResourceSet> resourceSets;

  record Marked(String text, int offset, int length) {
    static Marked of(String marked) {
      int start = marked.indexOf("[[");
      int end = marked.indexOf("]]");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("mark the expected marker text with [[...]]");
      }
      String text = marked.substring(0, start) + marked.substring(start + 2, end) + marked.substring(end + 2);
      return new Marked(text, start, end - start - 2);
    }
  }

  /** Parses the main file (main.rsnet) after other files of the network (lib0.rsnet, ..., earlier in network order); fails on syntax or link errors. */
  Model parse(String main, String... others) {
    try {
      ResourceSet resourceSet = resourceSets.get();
      for (int i = 0; i < others.length; i++) {
        parser.parse(others[i], URI.createURI("lib" + i + ".rsnet"), resourceSet);
      }
      Model model = parser.parse(main, URI.createURI("main.rsnet"), resourceSet);
      assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax or link errors: " + model.eResource().getErrors());
      return model;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses a file that may have syntax errors (for rules that must stay quiet, or robust, on broken files). */
  Model parseWithSyntaxErrors(String text) {
    try {
      return parser.parse(text, URI.createURI("main.rsnet"), resourceSets.get());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  List<Issue> issues(Model model) {
    return validator.validate(model);
  }

  /** The issue with that code, severity, and a marker exactly on the [[marked]] text. */
  Issue assertIssue(String code, Severity severity, String markedMain, String... others) {
    Marked marked = Marked.of(markedMain);
    List<Issue> issues = issues(parse(marked.text(), others));
    for (Issue issue : issues) {
      if (code.equals(issue.getCode()) && issue.getOffset() == marked.offset()
          && issue.getLength() == marked.length()) {
        assertEquals(severity, issue.getSeverity(), issue.getMessage());
        return issue;
      }
    }
    return fail("expected " + code + " on '" + marked.text().substring(marked.offset(), marked.offset()
        + marked.length()) + "' at " + marked.offset() + ", got:\n" + describe(issues, marked.text()));
  }

  void assertError(String code, String markedMain, String... others) {
    assertIssue(code, Severity.ERROR, markedMain, others);
  }

  Issue assertWarning(String code, String markedMain, String... others) {
    return assertIssue(code, Severity.WARNING, markedMain, others);
  }

  Issue assertInfo(String code, String markedMain, String... others) {
    return assertIssue(code, Severity.INFO, markedMain, others);
  }

  void assertNoIssue(String code, String main, String... others) {
    List<Issue> issues = issues(parse(main, others));
    List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
    assertTrue(found.isEmpty(), () -> "unexpected " + code + ":\n" + describe(found, main));
  }

  static String describe(List<Issue> issues, String text) {
    return issues.stream().map(i -> "  " + i.getSeverity() + " " + i.getCode() + " on '"
        + (i.getOffset() != null && i.getOffset() + i.getLength() <= text.length()
            ? text.substring(i.getOffset(), i.getOffset() + i.getLength()) : "?")
        + "' at " + i.getOffset() + ": " + i.getMessage()).collect(Collectors.joining("\n"));
  }
}
