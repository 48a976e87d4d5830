package org.routesrv.dsl.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.routesrv.dsl.generator.NvaConfigGenerator;
import org.routesrv.dsl.generator.NvaConfigInput;
import org.routesrv.dsl.generator.NvaConfigs;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.Scenario;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.NetworkAnalysis;

/** The layout of outputs.md for one analysed network, in memory: what compile and the Maven build write. */
public final class NetworkCompiler {

  public static final String SIMULATION = "simulation.json";
  public static final String REPORT = "report.md";
  public static final String SCENARIOS = "scenarios/";
  public static final String NVA_CONFIGS = "nva/";

  private NetworkCompiler() {
  }

  /** @param findings the diagnostics of the network's files, which report.md shows first */
  public static CompiledNetwork compile(NetworkAnalysis analysis, NetworkSources sources, List<Diagnostic> findings,
      String rsnetVersion) {
    Network network = analysis.network();
    OutputNames.requireSafe(network.name(), "network");
    List<OutputFile> files = new ArrayList<>();
    files.add(new OutputFile(SIMULATION, JsonRenderer.render(analysis.baselineReport())));
    for (Scenario scenario : network.scenarios()) {
      String name = OutputNames.requireSafe(scenario.name(), "scenario");
      files.add(new OutputFile(SCENARIOS + name + ".json", JsonRenderer.render(analysis.scenarioReport(scenario))));
    }
    List<OutputFile> configs = new ArrayList<>();
    List<NvaOutputs> nvas = new ArrayList<>();
    for (Nva nva : network.nvas()) {
      String name = OutputNames.requireSafe(nva.name(), "NVA");
      NvaConfigInput input = new NvaConfigInput(network, nva, sources.fileOf(nva.name()), rsnetVersion);
      List<String> names = new ArrayList<>();
      Set<String> notes = new LinkedHashSet<>();
      for (NvaConfigGenerator generator : NvaConfigs.forVendor(nva.vendor())) {
        String path = NVA_CONFIGS + name + "." + generator.fileSuffix();
        configs.add(new OutputFile(path, generator.generate(input)));
        names.add(path);
        notes.addAll(generator.notes(input));
      }
      nvas.add(new NvaOutputs(nva.name(), nva.vendor(), names, List.copyOf(notes)));
    }
    files.add(new OutputFile(REPORT, NetworkReport.render(analysis, sources, findings, nvas, rsnetVersion)));
    files.addAll(configs);
    List<String> leftOut = new ArrayList<>();
    for (NvaOutputs outputs : nvas) {
      outputs.notes().forEach(note -> leftOut.add("NVA " + outputs.nva() + " (" + String.join(", ", outputs.files())
          + "): " + note));
    }
    return new CompiledNetwork(network.name(), files, leftOut);
  }
}
