package org.routesrv.dsl.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.RsnetText;
import org.routesrv.dsl.simulation.MaxScaleNetwork;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Inject;

/**
 * Lowering loses nothing: a network written as text by {@link RsnetText}, parsed and lowered again,
 * writes the same text (RsnetText writes every resolved value, so equal text means equal records
 * apart from source positions).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class LoweringRoundTripTest {

  @Inject ModelLoader loader;
  @Inject NetworkAnalyzer analyzer;
  @Inject IGrammarAccess grammar;
  @TempDir Path folder;

  private Network lower(Path... files) throws Exception {
    LoadedModel model = loader.load(ModelFiles.collect(Stream.of(files).map(Path::toString).toList()));
    List<String> errors = model.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR && !"expectation-failed".equals(d.code()))
        .map(Diagnostic::format).toList();
    assertEquals(List.of(), errors);
    String network = model.networks().keySet().iterator().next();
    return analyzer.analyze(model.networks().get(network), model::displayPath).network();
  }

  private void assertRoundTrip(Network network) throws Exception {
    String text = RsnetText.of(network);
    Path file = folder.resolve(network.name() + ".rsnet");
    Files.writeString(file, text);
    assertEquals(text, RsnetText.of(lower(file)));
  }

  static Stream<Path> examples() {
    return ExampleFiles.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleSurvivesLoweringWritingAndLoweringAgain(Path example) throws Exception {
    assertRoundTrip(lower(example));
  }

  @Test
  void routeMapsAndSessionOptionsSurviveTheRoundTrip() throws Exception {
    Path file = folder.resolve("maps.rsnet");
    Files.writeString(file, """
        network maps
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet nva 10.0.2.0/24
        }
        route-map in {
            rule a continue {
                match prefix contains 172.16.0.0/12
                match community equals 65001:1, 65001:2
                match as-path contains 65001 65002
                add community 64500:1
                remove community 65001:2
                prepend 64500 64500
            }
            rule b {
                set as-path
                set community
                summarize 172.16.0.0/12, 192.168.0.0/16
            }
            rule c {
                drop
            }
        }
        route-server ars in hub {
            import in from fw1
            export in to fw1
        }
        nva fw1 vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            bgp {
                peer ars via eth0 import in as-override remove-private-as replace allowas-in 3
                peer fw2 10.0.2.5 asn 65002 export in remove-private-as
            }
        }
        """);
    Network network = lower(file);
    assertEquals(3, network.routeServers().get(0).importMap("fw1").rules().get(0).actions().size());
    assertRoundTrip(network);
  }

  @Test
  void theMaxScaleNetworkSurvivesTheRoundTrip() throws Exception {
    assertRoundTrip(MaxScaleNetwork.generate());
  }

  @Test
  void theWritersReservedWordsAreTheGrammarsKeywordsThatAreNotTargetNames() {
    Set<String> nameKeywords = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(
        GrammarUtil.findRuleForName(grammar.getGrammar(), "TargetName"), org.eclipse.xtext.Keyword.class).stream()
        .map(org.eclipse.xtext.Keyword::getValue).collect(Collectors.toSet());
    Set<String> reserved = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
        .filter(keyword -> Character.isLetter(keyword.charAt(0)) && !nameKeywords.contains(keyword))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(reserved, new TreeSet<>(RsnetText.RESERVED));
  }
}
