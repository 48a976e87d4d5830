package org.routesrv.dsl.ui.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/**
 * Workspace files as the language server names them. The same file has several URI spellings
 * ({@code file:/path}, {@code file:///path}, escaped or not), so URIs are compared only after a round
 * trip through a normalised path, and the server is always sent the spelling of {@link Path#toUri()}.
 */
public final class DocumentUris {

  private DocumentUris() {
  }

  public static String of(IResource resource) {
    IPath location = resource.getLocation();
    return location == null ? null : of(location.toPath());
  }

  public static String of(Path path) {
    return path.toAbsolutePath().normalize().toUri().toString();
  }

  /** The workspace file a server URI names, or null when it is not in the workspace. */
  public static IFile fileOf(String uri) {
    Path path = pathOf(uri);
    if (path == null) {
      return null;
    }
    IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
    for (IFile file : files) {
      if (file.isAccessible()) {
        return file;
      }
    }
    return files.length > 0 ? files[0] : null;
  }

  /** The file name of a server URI, for headings. */
  public static String fileName(String uri) {
    Path path = pathOf(uri);
    return path == null || path.getFileName() == null ? uri : path.getFileName().toString();
  }

  public static Path pathOf(String uri) {
    try {
      URI parsed = new URI(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed).normalize() : null;
    } catch (URISyntaxException | IllegalArgumentException notAFile) {
      return null;
    }
  }
}
