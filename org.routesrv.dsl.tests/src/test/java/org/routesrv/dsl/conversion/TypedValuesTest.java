package org.routesrv.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.services.RsnetGrammarAccess;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/**
 * Issue 14, item 3: the grammar hands every value to the model typed, converted once by the value
 * converters, so that the validator, the lowering and the editor never read an address, prefix or
 * community from its text again (each used to parse it anew, and compared addresses as strings).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class TypedValuesTest {

  /** The datatype rules that are text by nature: names. */
  private static final Set<String> TEXT_RULES = Set.of("Name", "TargetName", "QualifiedName");

  @Inject private RsnetGrammarAccess grammar;
  @Inject private ModelFixture models;

  @Test
  void noDatatypeRuleButNamesReturnsText() {
    List<String> textRules = GrammarUtil.allParserRules(grammar.getGrammar()).stream()
        .filter(GrammarUtil::isDatatypeRule)
        .filter(rule -> !TEXT_RULES.contains(rule.getName()))
        .filter(rule -> rule.getType().getClassifier().getInstanceClass() == String.class)
        .map(ParserRule::getName).toList();
    assertEquals(List.of(), textRules, "datatype rules whose values stay text");
  }

  @Test
  void prefixesAddressesAndCommunitiesArriveAsValues() {
    Model model = models.parse("""
        network typed
        vnet hub {
            address-space 10.0.0.0/16, 10.8.0.0/16
            subnet nva 10.0.2.0/24
        }
        nva fw vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            bgp {
                advertise 10.9.0.0/16 next-hop 10.0.2.10 community 65001:7, 65535:65282
            }
        }
        """);
    Vnet hub = (Vnet) model.getElements().get(0);
    assertEquals(List.of(Ipv4Prefix.parse("10.0.0.0/16"), Ipv4Prefix.parse("10.8.0.0/16")),
        hub.getAddressSpaces().get(0).getPrefixes());
    Nva fw = (Nva) model.getElements().get(1);
    assertEquals(Ipv4Address.parse("10.0.2.4"), fw.getNics().get(0).getIp());
    var advertisement = fw.getBgp().getAdvertisements().get(0);
    assertEquals(Ipv4Address.parse("10.0.2.10"), advertisement.getNextHop());
    assertEquals(List.of(new Community(65001, 7), Community.NO_ADVERTISE), advertisement.getCommunities());
  }

  @Test
  void aPrefixKeepsTheHostBitsItWasWrittenWith() {
    Model model = models.parse("network typed\nvnet hub {\n    address-space 10.0.0.1/16\n}\n");
    Ipv4Prefix written = ((Vnet) model.getElements().get(0)).getAddressSpaces().get(0).getPrefixes().get(0);
    assertTrue(written.hasHostBits(), "the validator reports host bits and offers the network address");
    assertEquals("10.0.0.1/16", written.toString());
  }
}
