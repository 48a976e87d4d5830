package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.simulation.ExpectationResult;
import org.routesrv.dsl.workspace.AtomicFiles;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "test", description = "Check every expect line of the baseline and of every scenario, like unit tests.")
public class TestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ModelInputs inputs;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as a JUnit XML report.")
  Path junit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedModel model = ValidModel.load(inputs.paths, err, false);
    NetworkAnalyzer analyzer = Language.injector().getInstance(NetworkAnalyzer.class);
    List<ExpectationSuite> suites = new ArrayList<>();
    for (String network : model.networks().keySet()) {
      NetworkAnalysis analysis = analyzer.analyze(model, network);
      suites.add(new ExpectationSuite(network, analysis.baselineReport().expectations()));
      for (Scenario scenario : analysis.network().scenarios()) {
        suites.add(new ExpectationSuite(network + " / scenario " + scenario.name(),
            analysis.scenarioReport(scenario).expectations()));
      }
    }
    int passed = 0;
    int failed = 0;
    for (ExpectationSuite suite : suites) {
      for (ExpectationResult result : suite.results()) {
        String where = result.source().file() + ":" + result.source().line();
        if (result.passed()) {
          passed++;
          out.println("PASS " + where + ": " + result.source().text());
        } else {
          failed++;
          out.println("FAIL " + where + ": " + result.source().text());
          out.println("     " + result.actual());
        }
      }
    }
    out.println("expectations: " + passed + " passed, " + failed + " failed");
    out.flush();
    if (junit != null) {
      AtomicFiles.write(junit, JUnitReport.render(suites));
    }
    return failed == 0 ? ExitCode.OK : ExitCode.MODEL_FAILED;
  }
}
