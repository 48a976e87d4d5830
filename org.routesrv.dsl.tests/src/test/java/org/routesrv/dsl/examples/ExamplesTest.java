package org.routesrv.dsl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.Expectation;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class ExamplesTest {

  @Inject ModelLoader loader;

  private LoadedModel loadExamples() throws Exception {
    return loader.load(ModelFiles.collect(List.of(Repository.examples().toString())));
  }

  @Test
  void everyExampleParsesAndLinksWithoutErrors() throws Exception {
    LoadedModel model = loadExamples();
    List<String> errors = model.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::format).toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void thereAreAtLeastFiveExamplesEachItsOwnNetworkWithExpectations() throws Exception {
    List<Path> files = ExampleFiles.all();
    assertTrue(files.size() >= 5, files.toString());
    LoadedModel model = loadExamples();
    assertEquals(files.size(), model.networks().size(), "one network per example file");
    for (List<Model> network : model.networks().values()) {
      Model example = network.get(0);
      boolean hasExpectations = example.getElements().stream().anyMatch(Expectation.class::isInstance);
      assertTrue(hasExpectations, example.getName() + " states what its author intends with expect lines");
    }
  }

  /** Seed 003's example exists to show two pitfalls: exactly those two warnings, on their lines. */
  @Test
  void thePitfallExampleShowsExactlyItsIntendedWarnings() throws Exception {
    List<String> warnings = loadExamples().diagnostics().stream()
        .filter(d -> d.path().endsWith("frr-default-route-pitfalls.rsnet"))
        .map(d -> d.severity() + " " + d.line() + " " + d.code()).toList();
    assertEquals(List.of("WARNING 29 recursive-next-hop", "WARNING 30 default-route-loop"), warnings);
  }

  @Test
  void activeStandbyExampleIsTheLanguageReferenceExample() throws Exception {
    String text = java.nio.file.Files.readString(ExampleFiles.named("panos-active-standby.rsnet"));
    String reference = java.nio.file.Files.readString(Repository.root().resolve("../shared/spec/language.md"));
    int start = reference.indexOf("network contoso.hubspoke");
    // The one deliberate change (issue 13): IP forwarding on the untrusted NICs, which send the spokes' packets
    // with their own source addresses (no SNAT); without it Azure drops them and rsnet check warns.
    String example = reference.substring(start, reference.indexOf("```", start))
        .replace("nic untrusted hub.untrusted 10.0.2.4\n", "nic untrusted hub.untrusted 10.0.2.4 ip-forwarding\n")
        .replace("nic untrusted hub.untrusted 10.0.2.5\n", "nic untrusted hub.untrusted 10.0.2.5 ip-forwarding\n");
    assertTrue(text.endsWith(example), "examples/panos-active-standby.rsnet should end with the reference example");
  }
}
