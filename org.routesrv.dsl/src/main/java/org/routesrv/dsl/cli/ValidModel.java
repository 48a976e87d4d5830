package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

import org.routesrv.dsl.validation.IssueCodes;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelFiles.MissingInputException;
import org.routesrv.dsl.workspace.ModelFiles.ModelFile;
import org.routesrv.dsl.workspace.ModelLoader;

/**
 * Loading for the commands that simulate: diagnostics go to stderr (stdout carries only the
 * requested output), and a model with errors ends the command with exit code 1. Failed
 * expectations are errors too, but they do not stop a simulation: that is when its output matters
 * most. Nor do errors of Azure's deployment policy (fact 87, {@link IssueCodes#DEPLOYMENT_POLICY}):
 * a network deployed before such a rule ran as the simulator computes it; only {@code compile},
 * whose output is deployed, stops on them.
 */
final class ValidModel {

  private ValidModel() {
  }

  /** For a command that writes what gets deployed: any error stops it. */
  static LoadedModel loadToDeploy(List<String> paths, PrintWriter err) {
    return load(paths, err, true, false);
  }

  static LoadedModel load(List<String> paths, PrintWriter err) {
    return load(paths, err, true, true);
  }

  /** @param printFailedExpectations false for `rsnet test`, which lists every expectation itself */
  static LoadedModel load(List<String> paths, PrintWriter err, boolean printFailedExpectations) {
    return load(paths, err, printFailedExpectations, true);
  }

  private static LoadedModel load(List<String> paths, PrintWriter err, boolean printFailedExpectations,
      boolean simulatesDespitePolicy) {
    List<ModelFile> files;
    try {
      files = ModelFiles.collect(paths);
    } catch (MissingInputException e) {
      err.println("rsnet: " + e.getMessage());
      throw new CommandFailure(ExitCode.USAGE_OR_IO);
    }
    if (files.isEmpty()) {
      err.println("rsnet: no " + ModelFiles.EXTENSION + " files in " + String.join(", ", paths));
      throw new CommandFailure(ExitCode.USAGE_OR_IO);
    }
    LoadedModel model = Language.injector().getInstance(ModelLoader.class).load(files);
    model.diagnostics().stream().filter(d -> printFailedExpectations || !isFailedExpectation(d))
        .forEach(diagnostic -> err.println(diagnostic.format()));
    LookupHint.printIfUnresolved(model.diagnostics(), paths, err);
    List<Diagnostic> errors = model.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR && !isFailedExpectation(d)).toList();
    long policy = errors.stream().filter(d -> IssueCodes.DEPLOYMENT_POLICY.contains(d.code())).count();
    if (errors.size() > (simulatesDespitePolicy ? policy : 0)) {
      err.println("rsnet: the model has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
          + (simulatesDespitePolicy ? "; fix it to simulate" : "; nothing is written"));
      throw new CommandFailure(ExitCode.MODEL_FAILED);
    }
    if (policy > 0) {
      err.println("rsnet: Azure would reject this model today: " + policy + " of its errors "
          + (policy == 1 ? "is a rule" : "are rules") + " of Azure's deployment policy (fact 87). It is simulated as"
          + " a network deployed before those rules would run; fix them before deploying it.");
    }
    return model;
  }

  static boolean isFailedExpectation(Diagnostic diagnostic) {
    return IssueCodes.EXPECTATION_FAILED.equals(diagnostic.code());
  }

  /** The network a command works on: the only one, or the one named with --network. */
  static String selectNetwork(LoadedModel model, String requested, PrintWriter err) {
    List<String> names = List.copyOf(model.networks().keySet());
    if (requested != null) {
      if (!names.contains(requested)) {
        err.println("rsnet: no network named '" + requested + "' in the files given (found: " + String.join(", ", names) + ")");
        throw new CommandFailure(ExitCode.USAGE_OR_IO);
      }
      return requested;
    }
    if (names.size() != 1) {
      err.println("rsnet: the files given hold " + names.size() + " networks (" + String.join(", ", names)
          + "): choose one with --network NAME");
      throw new CommandFailure(ExitCode.USAGE_OR_IO);
    }
    return names.get(0);
  }
}
