package org.routesrv.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.KeywordTarget;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.NodeTarget;
import org.routesrv.dsl.rsnet.RouteExpectation;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/** Keywords are names wherever the parser can tell them apart; where it cannot, '^' says which is meant. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class KeywordsAsNamesTest {

  @Inject private ModelFixture fixture;
  @Inject private IResourceValidator validator;
  @Inject private IGrammarAccess grammar;

  @Test
  void networkVnetAndSubnetNamesMayBeKeywords() {
    Model model = fixture.parseClean("""
        network contoso.vpn
        vnet vpn {
            address-space 10.0.0.0/16
            subnet internet 10.0.1.0/24
            subnet first 10.0.2.0/24
        }
        vnet peering {
            address-space 10.1.0.0/16
            subnet none 10.1.0.0/24
        }
        peering vpn <-> peering
        vm crash in vpn.internet 10.0.1.4
        vm on in peering.none 10.1.0.4
        vm expressroute in vpn.first 10.0.2.4
        """);
    assertEquals("contoso.vpn", model.getName());
    assertEquals(List.of("vpn", "peering"), model.getElements().stream()
        .filter(Vnet.class::isInstance).map(element -> ((Vnet) element).getName()).toList());
    assertEquals(List.of(), errors(model));
  }

  @Test
  void everyKeywordThatStartsWithALetterIsAName() {
    for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
      if (Character.isLetter(keyword.charAt(0)) && keyword.length() > 2) {
        Model model = fixture.parse("network n." + keyword + "\nnsg " + keyword + "\n");
        assertEquals(List.of(), fixture.syntaxMessages(model), keyword);
        assertEquals("n." + keyword, model.getName(), keyword);
      }
    }
  }

  @Test
  void anExpectationTargetKeywordMeansItselfAndTheCaretMeansTheName() {
    Model model = fixture.parse("""
        network n
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet a 10.0.2.0/24
        }
        route-server ars in hub
        nva internet vendor frr asn 65001 {
            nic eth0 hub.a 10.0.2.4 ip-forwarding
        }
        expect route hub.a 0.0.0.0/0 via internet
        expect route hub.a 10.9.0.0/16 via ^internet
        """);
    List<RouteExpectation> expectations = model.getElements().stream()
        .filter(RouteExpectation.class::isInstance).map(RouteExpectation.class::cast).toList();
    assertInstanceOf(KeywordTarget.class, expectations.get(0).getTargets().get(0));
    NodeTarget named = assertInstanceOf(NodeTarget.class, expectations.get(1).getTargets().get(0));
    assertEquals("internet", named.getNode().getName());
  }

  @Test
  void aKeywordWhereOnlyANameFitsGetsAMessageNamingTheCaret() {
    Model model = fixture.parse("network n\nnva fw vendor bgp asn 65001\n");
    String message = fixture.syntaxMessages(model).get(0);
    assertTrue(message.contains("^bgp"), message);
  }

  private List<String> errors(Model model) {
    return validator.validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
        .filter(issue -> issue.getSeverity() == Severity.ERROR).map(issue -> issue.getMessage()).toList();
  }
}
