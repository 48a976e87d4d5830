package org.routesrv.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.routesrv.dsl.ui.markers.DiagnosticMarkers;
import org.routesrv.dsl.ui.outline.RsnetOutlinePage;
import org.routesrv.dsl.ui.views.EffectiveRouteTable;
import org.routesrv.dsl.ui.views.EffectiveRouteTable.Row;
import org.routesrv.dsl.ui.views.EffectiveRoutesView;
import org.routesrv.dsl.ui.views.SimulationReportView;

/**
 * The RSNet editor in a real Eclipse workbench, with the real language server behind it. Line numbers
 * refer to examples/panos-active-standby.rsnet.
 */
class RsnetEditorTest {

  private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
  private static final Duration STEADY = Duration.ofMillis(1500);

  /**
   * The example without IP forwarding on its untrusted NICs: warnings on lines 40 and 52, and the two
   * expectations about forwarded traffic left out (Azure would drop it), so no errors and no line moves.
   */
  private static final UnaryOperator<String> WITHOUT_FORWARDING = text -> text
      .replace("10.0.2.4 ip-forwarding", "10.0.2.4").replace("10.0.2.5 ip-forwarding", "10.0.2.5")
      .replace("expect trace vm1 -> 8.8.8.8 via fw1", "// trace left out")
      .replace("expect outage vm1 -> 8.8.8.8 at-most 100s", "// outage left out");

  @BeforeAll
  static void workbench() {
    Workbench.prepareWindow();
  }

  @AfterEach
  void closeEditors() {
    Workbench.page().closeAllEditors(false);
    Workbench.runEvents();
  }

  @Test
  void anExampleOpensInTheGenericEditorWithTheServersWarningsOnTheirLines() throws Exception {
    IFile file = Models.activeStandby("example.rsnet", "test.example", WITHOUT_FORWARDING);
    ITextEditor editor = Workbench.open(file);
    assertEquals(GENERIC_EDITOR, editor.getSite().getId());

    // The two warnings: the untrusted NICs forward without IP forwarding.
    awaitMarkerLines(file, IMarker.SEVERITY_WARNING, Set.of(40, 52));
    assertSteadyMarkerLines(file, IMarker.SEVERITY_ERROR, Set.of());
  }

  @Test
  void aBrokenModelGetsErrorMarkersOnTheLinesOfItsMistakes() throws Exception {
    IFile file = Models.activeStandby("broken.rsnet", "test.broken", text -> text
        .replace("nva fw1 vendor panos asn 65501", "nva fw1 vendor panos asn 65515")
        .replace("subnet workload 10.2.0.0/24", "subnet workload 10.2.0.0/33"));
    ITextEditor editor = Workbench.open(file);

    // The prefix length 33 on line 26, the reserved ASN 65515 on line 39.
    awaitMarkerLines(file, IMarker.SEVERITY_ERROR, Set.of(26, 39));
    IMarker asn = Arrays.stream(markers(file)).filter(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == 39)
        .findFirst().orElseThrow();
    String marked = document(editor).get(asn.getAttribute(IMarker.CHAR_START, -1),
        asn.getAttribute(IMarker.CHAR_END, -1) - asn.getAttribute(IMarker.CHAR_START, -1));
    assertEquals("65515", marked, "the marker covers the ASN itself");
    assertTrue(asn.getAttribute(IMarker.MESSAGE, "").startsWith("ASN 65515 is Azure Route Server's own ASN"),
        asn.getAttribute(IMarker.MESSAGE, ""));

    Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
    Workbench.page().activate(editor);
    editor.selectAndReveal(asn.getAttribute(IMarker.CHAR_START, 0), 0);
    Workbench.pause(Duration.ofSeconds(1));
    Workbench.screenshot("problem-markers");
  }

  @Test
  void aNetworkSplitOverTwoFilesFollowsTheFileItDoesNotShow() throws Exception {
    String routeServer = "route-server ars in hub {\n    branch-to-branch off\n}\n";
    IFile main = Models.activeStandby("split-main.rsnet", "test.split",
        text -> WITHOUT_FORWARDING.apply(text).replace(routeServer, "\n\n\n"));
    IFile routeServerFile = Models.write("split-route-server.rsnet", "network test.split\n\n" + routeServer);
    Workbench.open(main);
    awaitMarkerLines(main, IMarker.SEVERITY_WARNING, Set.of(40, 52));
    assertSteadyMarkerLines(main, IMarker.SEVERITY_ERROR, Set.of());

    // Deleted outside any editor: the peers of fw1 and fw2 (lines 46, 58) name a Route Server that is
    // gone, and the spokes' peerings (29, 30) use the gateways of a hub that has none left.
    routeServerFile.delete(true, null);
    awaitMarkerLines(main, IMarker.SEVERITY_ERROR, Set.of(29, 30, 46, 58));

    Models.write("split-route-server.rsnet", "network test.split\n\n" + routeServer);
    awaitMarkerLines(main, IMarker.SEVERITY_ERROR, Set.of());
  }

  @Test
  void aCrashedServerIsStartedAgainAndSeesTheUnsavedText() throws Exception {
    IFile file = Models.activeStandby("restart.rsnet", "test.restart", WITHOUT_FORWARDING);
    ITextEditor editor = Workbench.open(file);
    awaitMarkerLines(file, IMarker.SEVERITY_WARNING, Set.of(40, 52));

    List<ProcessHandle> servers = ProcessHandle.current().children()
        .filter(child -> child.info().commandLine().orElse("").contains("rsnet.jar")).toList();
    assertEquals(1, servers.size(), "one language server runs");
    servers.get(0).destroyForcibly();
    Workbench.await("the server to exit", Duration.ofSeconds(30), () -> servers.get(0).isAlive() ? null : Boolean.TRUE);

    IDocument document = document(editor);
    int asn = Models.offsetOf(document.get(), 39, "65501");
    document.replace(asn, 5, "65515");
    // The reserved ASN, and on (re)opening the expectation that fw1 carries the default route (the
    // trace through fw1 on line 67 is left out of this variant).
    awaitMarkerLines(file, IMarker.SEVERITY_ERROR, Set.of(39, 66));
    assertTrue(ProcessHandle.current().children().anyMatch(child -> child.isAlive()
        && child.info().commandLine().orElse("").contains("rsnet.jar")), "a new server runs");
  }

  @Test
  void contentAssistOffersTheSubnetsAVmCanBeIn() throws Exception {
    IFile file = Models.activeStandby("assist.rsnet", "test.assist", text -> text + "\nvm vm3 in \n");
    ITextEditor editor = Workbench.open(file);
    awaitColouring(editor);
    IDocument document = document(editor);
    int offset = document.get().indexOf("vm vm3 in ") + "vm vm3 in ".length();
    editor.selectAndReveal(offset, 0);

    editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
    var shell = editor.getSite().getShell();
    // The Generic Editor computes proposals in the background and lists a placeholder meanwhile.
    List<String> proposals = Workbench.await("content assist proposals", Workbench.SERVER_TIMEOUT, () -> {
      List<String> rows = Workbench.popupTableRows(shell);
      return rows.stream().anyMatch(row -> row.startsWith("Computing proposals")) ? null : nonEmpty(rows);
    });
    Workbench.screenshot("content-assist");
    for (String subnet : List.of("spoke1.workload", "spoke2.workload", "hub.trusted")) {
      assertTrue(proposals.stream().anyMatch(p -> p.startsWith(subnet)), subnet + " in " + proposals);
    }
    assertFalse(proposals.stream().anyMatch(p -> p.startsWith("fw1")), "an NVA is no subnet: " + proposals);
  }

  @Test
  void hoveringASubnetShowsItsEffectiveRoutes() throws Exception {
    IFile file = Models.activeStandby("hover.rsnet", "test.hover", text -> text);
    ITextEditor editor = Workbench.open(file);
    awaitColouring(editor);
    String text = document(editor).get();
    int workload = Models.offsetOf(text, 21, "workload");

    StyledText widget = Workbench.textOf(editor);
    widget.setFocus();
    Point inWidget = widget.getLocationAtOffset(workload + 3);
    Point onScreen = widget.toDisplay(inWidget.x, inWidget.y + widget.getLineHeight() / 2);
    String hover = Workbench.await("the hover over spoke1's subnet", Duration.ofSeconds(30), () -> {
      moveMouse(onScreen.x - 1, onScreen.y);
      Workbench.pause(Duration.ofMillis(100));
      moveMouse(onScreen.x, onScreen.y);
      Workbench.pause(Duration.ofMillis(900));
      return Workbench.textsOfShells().stream()
          .filter(shown -> shown.contains("Effective routes") && shown.contains("0.0.0.0/0"))
          .findFirst().orElse(null);
    });
    Workbench.screenshot("hover-effective-routes");
    assertTrue(hover.contains("10.0.3.4"), "fw1's trusted NIC is the next hop:\n" + hover);
  }

  @Test
  void aQuickFixChangesTheText() throws Exception {
    IFile file = Models.activeStandby("quickfix.rsnet", "test.quickfix", text -> text
        .replace("peer ars via trusted keepalive 20s hold 60s\n        advertise 0.0.0.0/0\n",
            "peer arz via trusted keepalive 20s hold 60s\n        advertise 0.0.0.0/0\n"));
    ITextEditor editor = Workbench.open(file);
    awaitMarkerLines(file, IMarker.SEVERITY_ERROR, Set.of(46));
    IMarker unknownPeer = Arrays.stream(markers(file))
        .filter(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0) == 46).findFirst().orElseThrow();
    IMarkerResolution useArs = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(unknownPeer))
        .filter(fix -> fix.getLabel().equals("Change to 'ars'")).findFirst()
        .orElseThrow(() -> new AssertionError("no fix \"Change to 'ars'\" for " + unknownPeer.getAttribute(IMarker.MESSAGE, "")));

    useArs.run(unknownPeer);
    String line46 = lineOf(document(editor), 46);
    assertEquals("peer ars via trusted keepalive 20s hold 60s", line46.strip());
    assertTrue(editor.isDirty(), "the fix is an unsaved edit in the open editor");
    awaitMarkerLines(file, IMarker.SEVERITY_ERROR, Set.of());
  }

  @Test
  void showEffectiveRoutesFillsTheViewForTheSubnetAtTheCursor() throws Exception {
    IFile file = Models.activeStandby("routes.rsnet", "test.routes", text -> text);
    ITextEditor editor = Workbench.open(file);
    awaitColouring(editor);
    editor.selectAndReveal(Models.offsetOf(document(editor).get(), 21, "workload") + 1, 0);

    execute(editor, "org.routesrv.dsl.ui.showEffectiveRoutes");
    EffectiveRoutesView view = (EffectiveRoutesView) Workbench.page().findView(EffectiveRoutesView.ID);
    EffectiveRouteTable table = Workbench.await("the effective routes view", Workbench.SERVER_TIMEOUT,
        () -> view.shown());
    Workbench.screenshot("effective-routes-view");
    assertEquals(Set.of("spoke1/workload"), table.rows().stream().map(Row::subnet).collect(Collectors.toSet()));
    List<Row> defaults = table.rows().stream().filter(row -> row.addressPrefix().equals("0.0.0.0/0")
        && row.state().equals("Active")).toList();
    assertEquals(1, defaults.size(), "one active default route: " + table.rows());
    // Azure lists routes learned through Route Server with the gateway next hop type.
    assertEquals("VirtualNetworkGateway", defaults.get(0).nextHopType());
    assertEquals("10.0.3.4", defaults.get(0).nextHopIpAddress(), "fw1 is the only next hop");
  }

  @Test
  void simulateShowsTheReport() throws Exception {
    IFile file = Models.activeStandby("simulate.rsnet", "test.simulate", text -> text);
    ITextEditor editor = Workbench.open(file);
    awaitColouring(editor);

    execute(editor, "org.routesrv.dsl.ui.simulate");
    SimulationReportView view = (SimulationReportView) Workbench.page().findView(SimulationReportView.ID);
    String report = Workbench.await("the simulation report", Workbench.SERVER_TIMEOUT,
        () -> view.report().contains("test.simulate") ? view.report() : null);
    assertTrue(report.contains("spoke1/workload"), "the spokes' effective routes are in the report");
    assertTrue(report.contains("10.0.3.4"), "fw1's next hop is in the report");
    Workbench.screenshot("simulation-report");
  }

  @Test
  void theOutlineListsTheNetwork() throws Exception {
    IFile file = Models.activeStandby("outline.rsnet", "test.outline", text -> text);
    ITextEditor editor = Workbench.open(file);
    ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
    Workbench.page().activate(editor);
    RsnetOutlinePage page = assertInstanceOf(RsnetOutlinePage.class, outline.getCurrentPage());
    Set<String> names = Workbench.await("the outline", Workbench.SERVER_TIMEOUT,
        () -> nonEmpty(names(page.symbols())));
    assertTrue(names.containsAll(Set.of("hub", "spoke1", "spoke2", "fw1", "fw2")), names.toString());
  }

  @Test
  void keywordsAndDeclaredNamesAreColouredByTheServersTokens() throws Exception {
    IFile file = Models.activeStandby("colours.rsnet", "test.colours", text -> text);
    ITextEditor editor = Workbench.open(file);
    StyleRange keyword = awaitColouring(editor);
    assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB(), "'vnet' is a keyword");
    assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
    String text = document(editor).get();
    StyleRange comment = Workbench.textOf(editor).getStyleRangeAtOffset(Models.offsetOf(text, 1, "Seed"));
    assertEquals(new RGB(63, 127, 95), comment.foreground.getRGB(), "comments are green");
    StyleRange declaredNva = Workbench.textOf(editor).getStyleRangeAtOffset(Models.offsetOf(text, 39, "fw1"));
    assertEquals(SWT.BOLD, declaredNva.fontStyle & SWT.BOLD, "a declared name is bold");
    Workbench.screenshot("editor");
  }

  /**
   * Waits until the file's markers of a severity are on exactly these lines, and checks they stay
   * there: the server publishes more than once (the expectation check follows), and markers are
   * replaced one file at a time.
   */
  private static void awaitMarkerLines(IFile file, int severity, Set<Integer> expected) {
    try {
      Workbench.await("markers of " + file.getName() + " on lines " + expected, Workbench.SERVER_TIMEOUT,
          () -> lines(file, severity).equals(expected) ? Boolean.TRUE : null);
    } catch (AssertionFailedError timeout) {
      throw new AssertionFailedError(timeout.getMessage() + "; they are: " + Arrays.stream(markers(file))
          .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == severity)
          .map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + marker.getAttribute(IMarker.MESSAGE, ""))
          .toList());
    }
    assertSteadyMarkerLines(file, severity, expected);
  }

  private static void assertSteadyMarkerLines(IFile file, int severity, Set<Integer> expected) {
    Workbench.pause(STEADY);
    assertEquals(expected, lines(file, severity), "markers of " + file.getName() + " after " + STEADY.toMillis() + " ms");
  }

  /** Waits for the server's colours: the style of the first 'vnet' keyword. */
  private static StyleRange awaitColouring(ITextEditor editor) {
    int vnet = Models.offsetOf(document(editor).get(), 11, "vnet");
    return Workbench.await("semantic colouring", Workbench.SERVER_TIMEOUT, () -> {
      StyleRange style = Workbench.textOf(editor).getStyleRangeAtOffset(vnet + 1);
      return style != null && style.foreground != null ? style : null;
    });
  }

  private static void execute(ITextEditor editor, String command) throws Exception {
    Workbench.page().activate(editor);
    editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
  }

  private static void moveMouse(int x, int y) {
    Event move = new Event();
    move.type = SWT.MouseMove;
    move.x = x;
    move.y = y;
    Display.getCurrent().post(move);
  }

  private static IDocument document(ITextEditor editor) {
    return editor.getDocumentProvider().getDocument(editor.getEditorInput());
  }

  private static String lineOf(IDocument document, int line) throws Exception {
    var region = document.getLineInformation(line - 1);
    return document.get(region.getOffset(), region.getLength());
  }

  private static IMarker[] markers(IFile file) {
    try {
      return file.findMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
    } catch (CoreException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<Integer> lines(IFile file, int severity) {
    return Arrays.stream(markers(file))
        .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == severity)
        .map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(List<DocumentSymbol> symbols) {
    Set<String> names = new TreeSet<>();
    for (DocumentSymbol symbol : symbols) {
      names.add(symbol.getName());
      if (symbol.getChildren() != null) {
        names.addAll(names(symbol.getChildren()));
      }
    }
    return names;
  }

  private static <T extends java.util.Collection<?>> T nonEmpty(T values) {
    return values.isEmpty() ? null : values;
  }
}
