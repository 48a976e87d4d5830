package org.routesrv.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelFiles.MissingInputException;
import org.routesrv.dsl.workspace.ModelFiles.ModelFile;
import org.routesrv.dsl.workspace.ModelLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Parse and validate models and print their diagnostics.")
public class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ModelInputs inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ModelFile> files;
    try {
      files = ModelFiles.collect(inputs.paths);
    } catch (MissingInputException e) {
      err.println("rsnet: " + e.getMessage());
      return ExitCode.USAGE_OR_IO;
    }
    if (files.isEmpty()) {
      err.println("rsnet: no " + ModelFiles.EXTENSION + " files in " + String.join(", ", inputs.paths));
      return ExitCode.USAGE_OR_IO;
    }
    LoadedModel model = Language.injector().getInstance(ModelLoader.class).load(files);
    for (Diagnostic diagnostic : model.diagnostics()) {
      out.println(diagnostic.format());
    }
    LookupHint.printIfUnresolved(model.diagnostics(), inputs.paths, err);
    return model.hasErrors() ? ExitCode.MODEL_FAILED : ExitCode.OK;
  }
}
