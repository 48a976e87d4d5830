package org.routesrv.dsl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.generator.JavaIoFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.CliRun;
import org.routesrv.dsl.testing.FileTrees;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The generator Xtext builders call: the layout of rsnet compile, each network once. Run with
 * Xtext's test extension, which puts the language's rules into EMF's global registry for each test:
 * the generator validates the files for report.md's findings.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class RsnetGeneratorTest {

  @Inject private Injector injector;

  @TempDir Path folder;

  private static final String PART_ONE = """
      network demo.split
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/26
          subnet nva 10.0.2.0/24
      }
      route-server ars in hub
      """;

  private static final String PART_TWO = """
      network demo.split
      nva edge vendor exabgp asn 65001 {
          nic eth0 hub.nva 10.0.2.4
          bgp {
              peer ars via eth0
              advertise 172.16.0.0/12
          }
      }
      expect learned ars 172.16.0.0/12 from edge
      """;

  private List<Resource> load(Path... files) {
    XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
    List<Resource> resources = Stream.of(files)
        .map(file -> resourceSet.getResource(URI.createFileURI(file.toString()), true)).toList();
    resources.forEach(r -> org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(r));
    return resources;
  }

  @Test
  void aNetworkOfTwoFilesIsGeneratedOnceWhenItsFirstFileComesBy() throws Exception {
    Path one = Files.writeString(folder.resolve("a-part.rsnet"), PART_ONE);
    Path two = Files.writeString(folder.resolve("b-part.rsnet"), PART_TWO);
    List<Resource> resources = load(two, one);
    IGenerator2 generator = injector.getInstance(IGenerator2.class);
    InMemoryFileSystemAccess memory = new InMemoryFileSystemAccess();
    generator.doGenerate(resources.get(0), memory, new GeneratorContext());
    assertEquals(Map.of(), memory.getAllFiles(), "b-part.rsnet is not the network's first file");
    generator.doGenerate(resources.get(1), memory, new GeneratorContext());
    assertEquals(List.of("DEFAULT_OUTPUTdemo.split/nva/edge.exabgp.conf", "DEFAULT_OUTPUTdemo.split/report.md",
        "DEFAULT_OUTPUTdemo.split/simulation.json"), List.copyOf(new TreeMap<>(memory.getAllFiles()).keySet()));
  }

  @Test
  void onDiskItWritesExactlyWhatRsnetCompileWrites() throws Exception {
    Path one = Files.writeString(folder.resolve("a-part.rsnet"), PART_ONE);
    Path two = Files.writeString(folder.resolve("b-part.rsnet"), PART_TWO);
    Path byGenerator = folder.resolve("generated");
    JavaIoFileSystemAccess disk = injector.getInstance(JavaIoFileSystemAccess.class);
    disk.setOutputPath(byGenerator.toString());
    IGenerator2 generator = injector.getInstance(IGenerator2.class);
    for (Resource resource : load(one, two)) {
      generator.doGenerate(resource, disk, new GeneratorContext());
    }
    Path byCompile = folder.resolve("compiled");
    CliRun run = CliRun.of("compile", one.toString(), two.toString(), "--output", byCompile.toString());
    assertEquals(0, run.exitCode(), run.err());
    Map<String, String> generated = FileTrees.read(byGenerator);
    assertEquals(FileTrees.read(byCompile), generated);
    assertTrue(generated.containsKey("demo.split/.rsnet-manifest"), generated.keySet().toString());
  }
}
