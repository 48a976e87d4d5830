package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.Vm;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.simulation.Trace;
import org.routesrv.dsl.simulation.output.JsonRenderer;
import org.routesrv.dsl.simulation.output.TableRenderer;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "trace", description = "Follow one packet and its reply hop by hop; exit 0 when the packet is delivered,"
    + " 1 when dropped or looping.")
public class TraceCommand implements Callable<Integer> {

  enum Format {
    table, json
  }

  @Spec CommandSpec spec;
  @Mixin ModelInputs inputs;
  @Mixin NetworkSelection selection;

  @Option(names = "--from", required = true, paramLabel = "VM|NVA|SITE|IP",
      description = "Where the packet starts: a VM, an NVA, a site (it enters where the site is connected), or an address"
          + " one of them or a subnet holds.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "IP|VM", description = "The destination address or VM.")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LoadedModel model = ValidModel.load(inputs.paths, err);
    String networkName = ValidModel.selectNetwork(model, selection.network, err);
    NetworkAnalysis analysis = Language.injector().getInstance(NetworkAnalyzer.class).analyze(model, networkName);
    Network network = analysis.network();
    Destination destination = destination(network, err);
    Simulation simulation = ScenarioReports.select(analysis, selection.scenario, err).simulation();
    Trace trace = simulation.trace(from, destination);
    if (trace == null) {
      trace = fromAddress(simulation, destination);
    }
    if (trace == null) {
      err.println("rsnet: --from " + from + " is no vm (" + vmNames(network) + "), NVA or site, and no address the"
          + " model holds");
      return ExitCode.USAGE_OR_IO;
    }
    String text = format == Format.json ? JsonRenderer.renderTrace(trace) : TableRenderer.renderTrace(trace);
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    spec.commandLine().getOut().flush();
    return trace.allReachDestination() ? ExitCode.OK : ExitCode.MODEL_FAILED;
  }

  private Trace fromAddress(Simulation simulation, Destination destination) {
    try {
      return simulation.traceFrom(Ipv4Address.parse(from), destination);
    } catch (IllegalArgumentException notAnAddress) {
      return null;
    }
  }

  private Destination destination(Network network, PrintWriter err) {
    var vm = network.vm(to);
    if (vm.isPresent()) {
      return Destination.of(vm.get());
    }
    try {
      return Destination.ip(to);
    } catch (IllegalArgumentException e) {
      err.println("rsnet: --to " + to + " is neither a vm (" + vmNames(network) + ") nor an IPv4 address");
      throw new CommandFailure(ExitCode.USAGE_OR_IO);
    }
  }

  private static String vmNames(Network network) {
    return String.join(", ", network.vms().stream().map(Vm::name).toList());
  }
}
