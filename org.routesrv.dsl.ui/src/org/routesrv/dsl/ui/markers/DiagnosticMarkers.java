package org.routesrv.dsl.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.routesrv.dsl.ui.RsnetUiPlugin;
import org.routesrv.dsl.ui.UiThread;
import org.routesrv.dsl.ui.documents.ConnectedDocuments;
import org.routesrv.dsl.ui.documents.Positions;
import org.routesrv.dsl.ui.server.DocumentUris;
import org.routesrv.dsl.ui.text.MarkdownText;

import com.google.gson.Gson;

/**
 * The server's diagnostics as problem markers: in the Problems view, and as annotations in the
 * editor's text and rulers. Each publication replaces the file's markers. Markers are written by a
 * job, not on the server's thread, because writing them waits for the workspace lock; when
 * diagnostics come faster than they can be written, only the newest of each file is written.
 */
public final class DiagnosticMarkers {

  public static final String MARKER_TYPE = RsnetUiPlugin.ID + ".problem";
  /** The diagnostic as the server sent it, so a quick fix can hand it back (LSP code actions need it). */
  public static final String DIAGNOSTIC = "rsnetDiagnostic";

  /** lsp4j's own JSON mapping: a diagnostic's code and data are unions plain Gson cannot read back. */
  private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();
  private static final Map<String, List<Diagnostic>> PENDING = new ConcurrentHashMap<>();
  private static final Job WRITER = Job.create("RSNet problem markers", DiagnosticMarkers::writePending);

  static {
    WRITER.setSystem(true);
  }

  private DiagnosticMarkers() {
  }

  public static void publish(PublishDiagnosticsParams diagnostics) {
    PENDING.put(diagnostics.getUri(), diagnostics.getDiagnostics());
    WRITER.schedule();
  }

  /** The diagnostic a marker was made from. */
  public static Diagnostic diagnosticOf(IMarker marker) {
    String json = marker.getAttribute(DIAGNOSTIC, null);
    return json == null ? null : GSON.fromJson(json, Diagnostic.class);
  }

  private static IStatus writePending(IProgressMonitor monitor) {
    for (String uri : List.copyOf(PENDING.keySet())) {
      List<Diagnostic> diagnostics = PENDING.remove(uri);
      IFile file = DocumentUris.fileOf(uri);
      if (diagnostics == null || file == null || !file.exists()) {
        continue;
      }
      try {
        IDocument text = textOf(uri, file);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(progress -> replaceMarkers(file, text, diagnostics), file, IWorkspace.AVOID_UPDATE, monitor);
      } catch (CoreException | IOException | RuntimeException e) {
        RsnetUiPlugin.log().log(Status.warning("Could not show RSNet problems for " + file.getFullPath(), e));
      }
    }
    return Status.OK_STATUS;
  }

  /**
   * Markers that are still right are kept, so the Problems view does not flicker and a marker a user
   * is about to fix stays the same marker; the others are deleted and the new ones created.
   */
  private static void replaceMarkers(IFile file, IDocument text, List<Diagnostic> diagnostics) throws CoreException {
    List<IMarker> stale = new ArrayList<>(List.of(file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO)));
    for (Diagnostic diagnostic : diagnostics) {
      Map<String, Object> attributes = attributes(text, diagnostic);
      IMarker same = null;
      for (IMarker marker : stale) {
        if (sameProblem(marker, attributes)) {
          same = marker;
          break;
        }
      }
      if (same != null) {
        stale.remove(same);
        same.setAttribute(DIAGNOSTIC, attributes.get(DIAGNOSTIC));
      } else {
        file.createMarker(MARKER_TYPE, attributes);
      }
    }
    for (IMarker marker : stale) {
      marker.delete();
    }
  }

  private static boolean sameProblem(IMarker marker, Map<String, Object> attributes) throws CoreException {
    for (String attribute : List.of(IMarker.MESSAGE, IMarker.SEVERITY, IMarker.CHAR_START, IMarker.CHAR_END)) {
      if (!Objects.equals(marker.getAttribute(attribute), attributes.get(attribute))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Object> attributes(IDocument text, Diagnostic diagnostic) {
    Map<String, Object> attributes = new HashMap<>();
    int start = Positions.offsetOf(text, diagnostic.getRange().getStart());
    int end = Positions.offsetOf(text, diagnostic.getRange().getEnd());
    attributes.put(IMarker.MESSAGE, messageOf(diagnostic));
    attributes.put(IMarker.SEVERITY, severityOf(diagnostic.getSeverity()));
    attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
    attributes.put(IMarker.CHAR_START, start);
    attributes.put(IMarker.CHAR_END, Math.max(end, start));
    attributes.put(IMarker.SOURCE_ID, "RSNet");
    attributes.put(IMarker.TRANSIENT, true);
    attributes.put(DIAGNOSTIC, GSON.toJson(diagnostic));
    return attributes;
  }

  /** LSP 3.18 lets a message be Markdown; markers hold plain text. */
  private static String messageOf(Diagnostic diagnostic) {
    var message = diagnostic.getMessage();
    if (message == null) {
      return "";
    }
    return message.isLeft() ? message.getLeft() : MarkdownText.plain(message.getRight().getValue());
  }

  private static int severityOf(DiagnosticSeverity severity) {
    if (severity == null) {
      return IMarker.SEVERITY_ERROR;
    }
    return switch (severity) {
      case Error -> IMarker.SEVERITY_ERROR;
      case Warning -> IMarker.SEVERITY_WARNING;
      case Information, Hint -> IMarker.SEVERITY_INFO;
    };
  }

  /**
   * Offsets come from the editor's text when the file is open: that is the text the server saw. It is
   * read on the UI thread, where documents change.
   */
  private static IDocument textOf(String uri, IFile file) throws CoreException, IOException {
    IDocument open = ConnectedDocuments.instance().documentOf(uri);
    if (open != null) {
      String[] text = new String[1];
      if (UiThread.sync(() -> text[0] = open.get())) {
        return new Document(text[0]);
      }
    }
    try (InputStream contents = file.getContents(true)) {
      return new Document(new String(contents.readAllBytes(), Charset.forName(file.getCharset())));
    }
  }
}
