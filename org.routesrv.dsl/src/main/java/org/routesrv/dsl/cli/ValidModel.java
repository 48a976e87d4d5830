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
 * most.
 */
final class ValidModel {

  private ValidModel() {
  }

  static LoadedModel load(List<String> paths, PrintWriter err) {
    return load(paths, err, true);
  }

  /** @param printFailedExpectations false for `rsnet test`, which lists every expectation itself */
  static LoadedModel load(List<String> paths, PrintWriter err, boolean printFailedExpectations) {
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
    long errors = model.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR && !isFailedExpectation(d)).count();
    if (errors > 0) {
      err.println("rsnet: the model has " + errors + (errors == 1 ? " error" : " errors") + "; fix it to simulate");
      throw new CommandFailure(ExitCode.MODEL_FAILED);
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
