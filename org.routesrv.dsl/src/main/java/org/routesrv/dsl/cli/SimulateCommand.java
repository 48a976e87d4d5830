package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.routesrv.dsl.simulation.SimulationReport;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.simulation.output.MarkdownRenderer;
import org.routesrv.dsl.simulation.output.TableRenderer;
import org.routesrv.dsl.workspace.AtomicFiles;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", description = "Simulate the baseline (or one scenario) and print what Azure programs.")
public class SimulateCommand implements Callable<Integer> {

  enum Format {
    table, json, markdown
  }

  @Spec CommandSpec spec;
  @Mixin ModelInputs inputs;
  @Mixin NetworkSelection selection;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (like az ... -o table), json (like az ... -o json) or markdown. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LoadedModel model = ValidModel.load(inputs.paths, err);
    String network = ValidModel.selectNetwork(model, selection.network, err);
    NetworkAnalysis analysis = Language.injector().getInstance(NetworkAnalyzer.class).analyze(model, network);
    SimulationReport report = ScenarioReports.select(analysis, selection.scenario, err);
    String text = switch (format) {
      case json -> JsonRenderer.render(report);
      case table -> TableRenderer.render(report);
      case markdown -> MarkdownRenderer.render(report);
    };
    text = text.endsWith("\n") ? text : text + "\n";
    if (output != null) {
      AtomicFiles.write(output, text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return model.hasErrors() ? ExitCode.MODEL_FAILED : ExitCode.OK;
  }
}
