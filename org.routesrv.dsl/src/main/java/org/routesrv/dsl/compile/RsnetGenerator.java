package org.routesrv.dsl.compile;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;

/**
 * Xtext's generator hook, used by {@code xtext-maven-plugin}: writes the layout of
 * {@code rsnet compile} for every network into the output folder. A network spans several files
 * but is generated once, when the first of its {@link NetworkFiles} comes by; builders call generators
 * only for files without errors, and failed expectations are errors of the validator. Files nobody
 * named are named relative to the folder the build runs in, as {@link NetworkFiles} names them.
 */
public class RsnetGenerator extends AbstractGenerator {

  @Inject private NetworkAnalyzer analyzer;
  @Inject private FileDiagnostics fileDiagnostics;
  @Inject private NetworkFiles networkFiles;

  @Override
  public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
    List<Model> models = networkFiles.modelsOf(input);
    if (models.isEmpty() || models.get(0).eResource() != input) {
      return;
    }
    List<Resource> files = models.stream().map(Model::eResource).toList();
    Function<Resource, String> displayPath = networkFiles::displayPathOf;
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
}
