package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.routesrv.dsl.compile.CompiledNetwork;
import org.routesrv.dsl.compile.LinkOutsideOutputException;
import org.routesrv.dsl.compile.NetworkCompiler;
import org.routesrv.dsl.compile.NetworkSources;
import org.routesrv.dsl.compile.OutputFolder;
import org.routesrv.dsl.compile.OutputNames.UnsafeNameException;
import org.routesrv.dsl.generator.GenerationException;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compile", description = "Write the simulation, a report and the NVA configurations of every network to a folder.")
public class CompileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ModelInputs inputs;

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "The folder to write to; each network gets DIR/<network>/.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedModel model = ValidModel.loadToDeploy(inputs.paths, err);
    // Simulating commands run despite failed expectations; compile writes configurations to deploy,
    // so a failed expectation stops it like any other error.
    long failed = model.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR && ValidModel.isFailedExpectation(d)).count();
    if (failed > 0) {
      err.println("rsnet: " + failed + (failed == 1 ? " expectation fails" : " expectations fail")
          + "; nothing is written (rsnet simulate --format markdown shows what the simulation found)");
      return ExitCode.MODEL_FAILED;
    }
    NetworkAnalyzer analyzer = Language.injector().getInstance(NetworkAnalyzer.class);
    // Everything is computed before the first write, so a network that cannot be generated leaves
    // the output folder as it was.
    List<CompiledNetwork> compiled = new ArrayList<>();
    for (String network : model.networks().keySet()) {
      NetworkAnalysis analysis = analyzer.analyze(model, network);
      NetworkSources sources = NetworkSources.of(model.networks().get(network), model::displayPath);
      try {
        List<Diagnostic> findings = model.diagnostics().stream().filter(d -> sources.files().contains(d.path())).toList();
        compiled.add(NetworkCompiler.compile(analysis, sources, findings, RsnetVersion.version()));
      } catch (UnsafeNameException | GenerationException e) {
        err.println("rsnet: network " + network + ": " + e.getMessage());
        return ExitCode.MODEL_FAILED;
      }
    }
    try {
      compiled.forEach(network -> OutputFolder.requireNoLinkOut(output, network));
    } catch (LinkOutsideOutputException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE_OR_IO;
    }
    for (CompiledNetwork network : compiled) {
      OutputFolder.write(output, network);
      out.println(output.resolve(network.network()) + ": " + network.files().size() + " files");
      network.leftOut().forEach(note -> err.println("rsnet: warning: network " + network.network() + ", " + note));
    }
    out.flush();
    err.flush();
    return ExitCode.OK;
  }
}
