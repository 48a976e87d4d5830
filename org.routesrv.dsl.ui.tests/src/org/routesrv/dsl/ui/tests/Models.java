package org.routesrv.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Model files for the tests, made from the repository's examples. Files with the same network name
 * form one network, so every test file gets a network of its own.
 */
final class Models {

  static final String PROJECT = "rsnet-ui-tests";
  static final String ACTIVE_STANDBY = "panos-active-standby.rsnet";

  private Models() {
  }

  static String example(String name) throws Exception {
    Path examples = Path.of(System.getProperty("rsnet.examples", "../examples"));
    return Files.readString(examples.resolve(name), StandardCharsets.UTF_8);
  }

  /** The active/standby example under another network name, changed by the edit. */
  static IFile activeStandby(String fileName, String network, UnaryOperator<String> edit) throws Exception {
    String text = example(ACTIVE_STANDBY).replace("network contoso.hubspoke", "network " + network);
    return write(fileName, edit.apply(text));
  }

  static IFile write(String fileName, String text) throws CoreException {
    IProject project = project();
    IFile file = project.getFile(fileName);
    var contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    if (file.exists()) {
      file.setContents(contents, true, false, new NullProgressMonitor());
    } else {
      file.create(contents, true, new NullProgressMonitor());
    }
    return file;
  }

  static IProject project() throws CoreException {
    IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
    if (!project.exists()) {
      project.create(new NullProgressMonitor());
    }
    if (!project.isOpen()) {
      project.open(new NullProgressMonitor());
    }
    return project;
  }

  /** The offset of the n-th occurrence (from 1) of a text on a line (from 1). */
  static int offsetOf(String text, int line, String what) {
    int lineStart = 0;
    for (int i = 1; i < line; i++) {
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    int found = text.indexOf(what, lineStart);
    int lineEnd = text.indexOf('\n', lineStart);
    if (found < 0 || (lineEnd >= 0 && found > lineEnd)) {
      throw new IllegalArgumentException("'" + what + "' is not on line " + line);
    }
    return found;
  }
}
