package org.routesrv.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * After a syntax error the parser may have lost any declaration: the user sees that error, not
 * "no route table named ..." for a table declared further down, nor ANTLR's guesses after it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class SyntaxErrorsFirstTest {

  private static final String TYPO_ABOVE_DECLARATIONS = """
      network n
      vnet hub {
          address-space 10.0.0.0/16
          subnet a 10.0.2.0/24 route-table rt
      }
      vnett spoke {
          address-space 10.1.0.0/16
      }
      route-table rt { bgp-propagation off }
      """;

  @Inject private ModelFixture fixture;
  @Inject private IResourceValidator validator;
  @Inject private ParseHelper<Model> parser;
  @Inject private Provider<XtextResourceSet> resourceSets;

  @Test
  void aSyntaxErrorHidesTheLinkingErrorsItCaused() {
    assertEquals(List.of("6:1 unexpected 'vnett': a declaration starts with vnet, peering, route-table, nsg, route-server, route-map,"
        + " nva, vpn-gateway, expressroute-gateway, site, vm, expect or scenario; did you mean 'vnet'?"),
        describe(fixture.parse(TYPO_ABOVE_DECLARATIONS).eResource()));
  }

  @Test
  void aSyntaxErrorInOneFileHidesTheLinkingErrorsItCausedInAnother() throws Exception {
    XtextResourceSet resources = resourceSets.get();
    Model broken = parser.parse("network n\nvnet hub {\n    address-space 10.0.0.0/16\n    subnet a 10.0.2.0/24 route-table rt\n}\n"
        + "route-tabel rt { }\n", URI.createFileURI("/m/a.rsnet"), resources);
    Model referring = parser.parse("network n\nvnet spoke {\n    address-space 10.1.0.0/16\n    subnet b 10.1.0.0/24 route-table rt\n}\n",
        URI.createFileURI("/m/b.rsnet"), resources);
    assertEquals(1, describe(broken.eResource()).size());
    assertEquals(List.of(), describe(referring.eResource()));
  }

  @Test
  void withoutTheSyntaxErrorTheSameLinkingErrorIsReported() {
    List<String> issues = describe(fixture.parse(TYPO_ABOVE_DECLARATIONS.replace("vnett", "vnet")
        .replace("route-table rt {", "route-table other {")).eResource());
    assertEquals(1, issues.stream().filter(issue -> issue.contains("no route table named 'rt'")).count(), issues.toString());
  }

  @Test
  void onlyTheFirstSyntaxErrorOfAFileIsReportedButEveryBadValueIs() {
    Model model = fixture.parse("""
        network n
        vnet hub {
            address-space 10.0.0.0/16 10.5.0.0/16
            subnet a 10.0.2.300/24
        }
        vnet spoke {
            address-space 10.1.0.0/16 10.6.0.0/16
        }
        """);
    assertEquals(List.of("3:31 unexpected '10.5.0.0/16', expected '}'; it is written: address-space PREFIX[, PREFIX...]"),
        describe(model.eResource()).stream().filter(issue -> !issue.contains("octet")).toList());
  }

  /** Communities keep their ':'; a ':' after a keyword is a slip. */
  @Test
  void aColonIsASlipOnlyOutsideALiteral() {
    String design = "network n\nvnet hub {\n    address-space 10.0.0.0/16\n    subnet a 10.0.2.0/24\n}\n"
        + "nva fw vendor frr asn 65001 {\n    nic e hub.a 10.0.2.4\n    bgp {\n"
        + "        advertise 10.9.0.0/16 community 65001:100, 65001:200\n    }\n}\n";
    assertEquals(List.of(), describe(fixture.parse(design).eResource()));
    assertEquals(List.of("6:22 ':' is not needed between an option and its value: write 'asn 65001'"),
        describe(fixture.parse(design.replace("asn 65001", "asn: 65001")).eResource()));
  }

  /** Failure 3 of the reliability issue: "// comment\r" then "vnet" was read as "net". */
  @Test
  void aCommentEndedByALoneCarriageReturnEndsThere() {
    Model model = fixture.parse("network n\r// hub\rvnet hub {\r    address-space 10.0.0.0/16\r}\r");
    assertEquals(List.of(), fixture.syntaxMessages(model));
    assertEquals(1, model.getElements().size());
  }

  private List<String> describe(Resource resource) {
    return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
        .filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
        .map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getMessage()).toList();
  }
}
