package org.routesrv.dsl.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class FormatterTest {

  @Inject ModelFixture fixture;
  @Inject ModelFormatter formatter;

  private String format(String text) {
    Model model = fixture.parseClean(text);
    return formatter.format((XtextResource) model.eResource());
  }

  static Stream<Path> examples() {
    return ExampleFiles.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void formattingAnExampleIsIdempotentAndKeepsItsMeaning(Path example) throws Exception {
    String original = Files.readString(example);
    String once = format(original);
    assertEquals(once, format(once), "formatting the formatted text changes nothing");
    assertTrue(EcoreUtil.equals(fixture.parseClean(original), fixture.parseClean(once)), "same model after formatting");
    assertEquals(original.lines().filter(line -> line.contains("//")).count(),
        once.lines().filter(line -> line.contains("//")).count(), "every comment survives");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void formattedExamplesFollowTheCanonicalLayout(Path example) throws Exception {
    String formatted = format(Files.readString(example));
    assertTrue(formatted.endsWith("\n") && !formatted.endsWith("\n\n"), "ends with exactly one newline");
    assertFalse(formatted.contains("\n\n\n"), "at most one blank line");
    assertFalse(formatted.contains("\t"), "spaces, not tabs");
    formatted.lines().forEach(line -> {
      assertEquals(line.stripTrailing(), line, "no trailing spaces: '" + line + "'");
      int indent = line.length() - line.stripLeading().length();
      assertEquals(0, indent % 4, "indentation in steps of four: '" + line + "'");
      if (!line.strip().startsWith("//") && !line.strip().startsWith("*")) {
        assertFalse(line.strip().contains("  ") && !line.contains("//"), "single spaces between tokens: '" + line + "'");
      }
    });
  }

  @Test
  void aMessyModelBecomesTheCanonicalLayout() {
    String messy = """
          network   demo.messy
        vnet hub{address-space 10.0.0.0/16 ,10.1.0.0/16
        subnet RouteServerSubnet    10.0.1.0/26
              subnet nva 10.0.2.0/24 route-table rt }



        route-table rt {bgp-propagation off}
        peering hub<->hub
        route-server ars in hub { branch-to-branch on routing-preference as-path }
        nva fw1 vendor frr asn 65001 { nic eth0 hub.nva 10.0.2.4 ip-forwarding static 10.0.1.0/26 via eth0
          bgp {peer ars via eth0 hold 60s
        advertise 0.0.0.0/0 community 65001:1,65001:2 } }
        """;
    String canonical = """
        network demo.messy
        vnet hub {
            address-space 10.0.0.0/16, 10.1.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet nva 10.0.2.0/24 route-table rt
        }

        route-table rt { bgp-propagation off }
        peering hub <-> hub
        route-server ars in hub {
            branch-to-branch on
            routing-preference as-path
        }
        nva fw1 vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4 ip-forwarding
            static 10.0.1.0/26 via eth0
            bgp {
                peer ars via eth0 hold 60s
                advertise 0.0.0.0/0 community 65001:1, 65001:2
            }
        }
        """;
    assertEquals(canonical, format(messy));
  }

  @Test
  void routeMapsAndRouteServerOptionsGetOneStatementPerLine() {
    String messy = """
        network demo.maps
        vnet hub { address-space 10.0.0.0/16 subnet RouteServerSubnet 10.0.1.0/26 subnet nva 10.0.2.0/24 }
        route-map m { rule a continue { match prefix contains 172.16.0.0/12 add community 64500:1 prepend 64500 } rule b { drop } }
        route-server ars in hub { instance-order 10.0.1.5, 10.0.1.4 programmed-from second import m from fw1 export m to fw1 }
        nva fw1 vendor frr asn 65001 { nic eth0 hub.nva 10.0.2.4 bgp { peer ars via eth0 } }
        """;
    String canonical = """
        network demo.maps
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
            subnet nva 10.0.2.0/24
        }
        route-map m {
            rule a continue {
                match prefix contains 172.16.0.0/12
                add community 64500:1
                prepend 64500
            }
            rule b { drop }
        }
        route-server ars in hub {
            instance-order 10.0.1.5, 10.0.1.4
            programmed-from second
            import m from fw1
            export m to fw1
        }
        nva fw1 vendor frr asn 65001 {
            nic eth0 hub.nva 10.0.2.4
            bgp { peer ars via eth0 }
        }
        """;
    assertEquals(canonical, format(messy));
  }

  @Test
  void commentsStayWhereTheyWere() {
    String text = """
        // header comment
        network demo.comments
        vnet hub {
            address-space 10.0.0.0/16 // trailing comment
            /* block comment */
            subnet nva 10.0.2.0/24
        }
        """;
    assertEquals(text, format(text));
  }
}
