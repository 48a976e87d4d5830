package org.routesrv.dsl.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.routesrv.dsl.cli.RsnetVersion;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.FileDiagnostics;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Inject;

/**
 * Xtext's generator hook, used by {@code xtext-maven-plugin}: writes the layout of
 * {@code rsnet compile} for every network into the output folder. A network spans several files
 * but is generated once, when its alphabetically first file comes by; builders call generators only
 * for files without errors, and failed expectations are errors of the validator.
 */
public class RsnetGenerator extends AbstractGenerator {

  @Inject private NetworkAnalyzer analyzer;
  @Inject private FileDiagnostics fileDiagnostics;

  @Override
  public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
    String network = networkOf(input);
    if (network == null) {
      return;
    }
    List<Resource> files = new ArrayList<>();
    for (Resource resource : List.copyOf(input.getResourceSet().getResources())) {
      if (network.equals(networkOf(resource))) {
        files.add(resource);
      }
    }
    files.sort(Comparator.comparing(resource -> resource.getURI().toString()));
    if (files.get(0) != input) {
      return;
    }
    List<Model> models = files.stream().map(resource -> (Model) resource.getContents().get(0)).toList();
    Function<Resource, String> displayPath = RsnetGenerator::displayPath;
    NetworkAnalysis analysis = analyzer.analyze(models, displayPath);
    // The builder validated these files but keeps its issues; report.md shows the warnings among them.
    List<Diagnostic> findings = new ArrayList<>();
    files.forEach(file -> findings.addAll(fileDiagnostics.validate(file, displayPath.apply(file))));
    CompiledNetwork compiled = NetworkCompiler.compile(analysis, NetworkSources.of(models, displayPath), findings,
        RsnetVersion.version());
    URI folder = fsa.getURI("");
    if (folder != null && folder.isFile()) {
      OutputFolder.write(Path.of(folder.toFileString()), compiled);
    } else {
      // Builders that do not write to disk (tests, in-memory access) get the same files, minus the manifest.
      for (OutputFile file : compiled.files()) {
        fsa.generateFile(compiled.network() + "/" + file.path(), file.content());
      }
    }
  }

  private static String networkOf(Resource resource) {
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
      return null;
    }
    return model.getName();
  }

  /** Relative to the folder the build runs in, as a user would type it; absolute elsewhere. */
  private static String displayPath(Resource resource) {
    URI uri = resource.getURI();
    if (!uri.isFile()) {
      return uri.toString();
    }
    Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
    Path workingFolder = Path.of("").toAbsolutePath();
    return file.startsWith(workingFolder) ? workingFolder.relativize(file).toString() : file.toString();
  }
}
