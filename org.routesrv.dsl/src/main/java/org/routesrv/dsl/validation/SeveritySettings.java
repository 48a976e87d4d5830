package org.routesrv.dsl.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.validation.SeverityConverter;

/**
 * Per-project severities. A file named {@value #FILE_NAME} in the folder of a model file, or in any folder above
 * it (the nearest wins), overrides the defaults of {@link IssueCodes} in Java properties syntax:
 *
 * <pre>
 * # code = error | warning | info | ignore
 * route-server-subnet-legacy-size = error
 * ecmp-without-snat = ignore
 * </pre>
 *
 * Unknown values are skipped, so a typo keeps the default instead of silencing a rule.
 */
public class SeveritySettings implements IPreferenceValuesProvider {

  public static final String FILE_NAME = "rsnet.settings";

  private static final Set<String> SEVERITIES = Set.of(SeverityConverter.SEVERITY_ERROR,
      SeverityConverter.SEVERITY_WARNING, SeverityConverter.SEVERITY_INFO, SeverityConverter.SEVERITY_IGNORE);

  @Override
  public IPreferenceValues getPreferenceValues(Resource resource) {
    MapBasedPreferenceValues values = new MapBasedPreferenceValues();
    Path settings = find(resource == null ? null : resource.getURI());
    if (settings != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException unreadable) {
        return values;
      }
      properties.stringPropertyNames().forEach(code -> {
        String severity = properties.getProperty(code).trim().toLowerCase(java.util.Locale.ROOT);
        if (SEVERITIES.contains(severity)) {
          values.put(code.trim(), severity);
        }
      });
    }
    return values;
  }

  /** The nearest settings file above a model file given by an absolute file URI, or null. */
  static Path find(URI uri) {
    if (uri == null || !uri.isFile() || uri.isRelative()) {
      return null;
    }
    for (Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent(); folder != null;
        folder = folder.getParent()) {
      Path candidate = folder.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
