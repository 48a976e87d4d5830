package org.routesrv.dsl.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.routesrv.dsl.compile.NetworkSources;
import org.routesrv.dsl.network.Nva;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.tests.RsnetInjectorProvider;
import org.routesrv.dsl.validation.IssueCodes;
import org.routesrv.dsl.testing.Repository;
import org.routesrv.dsl.workspace.Diagnostic;
import org.routesrv.dsl.workspace.LoadedModel;
import org.routesrv.dsl.workspace.ModelFiles;
import org.routesrv.dsl.workspace.ModelLoader;
import org.routesrv.dsl.workspace.NetworkAnalysis;
import org.routesrv.dsl.workspace.NetworkAnalyzer;

import com.google.inject.Injector;

/**
 * The models the generator tests run on: every example, plus the test models in
 * {@code src/test/resources/generator} that use what the examples do not.
 */
final class GeneratorModels {

  /** Generated files name the RSNet version; tests pin it so that golden files stay put. */
  static final String VERSION = "test";

  private static Injector injector;

  /** One NVA of one analysed network, ready for a generator. */
  record Case(NetworkAnalysis analysis, NvaConfigInput input) {
    Nva nva() {
      return input.nva();
    }

    @Override
    public String toString() {
      return analysis.network().name() + "/" + input.nva().name();
    }
  }

  private GeneratorModels() {
  }

  static Path testModels() {
    return Repository.root().resolve("org.routesrv.dsl.tests/src/test/resources/generator");
  }

  static Path testModel(String fileName) {
    return testModels().resolve(fileName);
  }

  static synchronized Injector injector() {
    if (injector == null) {
      injector = new RsnetInjectorProvider().getInjector();
    }
    return injector;
  }

  /**
   * Loads the files as {@code rsnet} does and fails on errors, since generators never see such
   * models; a failed expectation is an error too, but it says nothing about the configurations.
   */
  static LoadedModel load(List<Path> paths) {
    try {
      LoadedModel model = injector().getInstance(ModelLoader.class)
          .load(ModelFiles.collect(paths.stream().map(Path::toString).toList()));
      List<String> errors = model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
          .filter(d -> !IssueCodes.EXPECTATION_FAILED.equals(d.code())).map(Diagnostic::format).toList();
      if (!errors.isEmpty()) {
        throw new AssertionError("test model has errors: " + errors);
      }
      return model;
    } catch (ModelFiles.MissingInputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static NetworkAnalysis analyze(LoadedModel model, String network) {
    return injector().getInstance(NetworkAnalyzer.class).analyze(model, network);
  }

  /** Every NVA of the given vendor in the examples and the test models. */
  static List<Case> all(NvaVendor vendor) {
    List<Path> files = new ArrayList<>();
    files.add(Repository.examples());
    files.add(testModels());
    return cases(load(files), vendor);
  }

  static List<Case> cases(LoadedModel model, NvaVendor vendor) {
    List<Case> cases = new ArrayList<>();
    for (String network : model.networks().keySet()) {
      NetworkAnalysis analysis = analyze(model, network);
      NetworkSources sources = NetworkSources.of(model.networks().get(network), model::displayPath);
      for (Nva nva : analysis.network().nvas()) {
        if (nva.vendor() == vendor) {
          cases.add(new Case(analysis,
              new NvaConfigInput(analysis.network(), nva, fileName(sources.fileOf(nva.name())), VERSION)));
        }
      }
    }
    return cases;
  }

  /** Golden files must not depend on where the repository is checked out. */
  private static String fileName(String displayPath) {
    return Path.of(displayPath).getFileName().toString();
  }

  static List<Path> rsnetFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".rsnet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
