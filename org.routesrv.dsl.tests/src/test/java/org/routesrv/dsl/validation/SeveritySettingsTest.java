package org.routesrv.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A project changes default severities in an rsnet.settings file above its model files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class SeveritySettingsTest {

  private static final String LEGACY_SUBNET = """
      network test
      vnet hub {
          address-space 10.0.0.0/16
          subnet RouteServerSubnet 10.0.1.0/27
          subnet app 10.0.2.0/24
      }
      vnet other {
          address-space 10.0.0.0/16
      }
      peering hub <-> other
      """;

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private ValidationTestHelper validator;

  private List<Issue> validate(Path folder) throws IOException {
    Path model = Files.createDirectories(folder.resolve("models/hub")).resolve("hub.rsnet");
    Files.writeString(model, LEGACY_SUBNET);
    Resource resource = resourceSets.get().getResource(URI.createFileURI(model.toString()), true);
    return validator.validate((Model) resource.getContents().get(0));
  }

  private static Severity severityOf(List<Issue> issues, String code) {
    return issues.stream().filter(i -> code.equals(i.getCode())).map(Issue::getSeverity).findFirst().orElse(null);
  }

  @Test
  void defaultsApplyWithoutSettings(@TempDir Path folder) throws IOException {
    List<Issue> issues = validate(folder);
    assertEquals(Severity.WARNING, severityOf(issues, IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE));
    assertEquals(Severity.ERROR, severityOf(issues, IssueCodes.PEERED_ADDRESS_SPACE_OVERLAP));
  }

  @Test
  void nearestSettingsFileChangesAndIgnoresCodes(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve(SeveritySettings.FILE_NAME), """
        # new deployments only
        route-server-subnet-legacy-size = error
        peered-address-space-overlap = ignore
        subnet-overlap = loud
        """);
    List<Issue> issues = validate(folder);
    assertEquals(Severity.ERROR, severityOf(issues, IssueCodes.ROUTE_SERVER_SUBNET_LEGACY_SIZE));
    assertTrue(issues.stream().noneMatch(i -> IssueCodes.PEERED_ADDRESS_SPACE_OVERLAP.equals(i.getCode())));
  }
}
