package org.routesrv.dsl.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.opentest4j.AssertionFailedError;

/**
 * The tests run on the workbench's UI thread, so waiting means running the event loop: the language
 * server's answers reach the editor through it.
 */
final class Workbench {

  static final Duration SERVER_TIMEOUT = Duration.ofSeconds(90);

  private Workbench() {
  }

  static IWorkbenchPage page() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
  }

  static void prepareWindow() {
    var workbench = PlatformUI.getWorkbench();
    if (workbench.getIntroManager().getIntro() != null) {
      workbench.getIntroManager().closeIntro(workbench.getIntroManager().getIntro());
    }
    Shell shell = workbench.getActiveWorkbenchWindow().getShell();
    shell.setBounds(Display.getCurrent().getBounds());
    shell.forceActive();
    runEvents();
  }

  static ITextEditor open(IFile file) throws PartInitException {
    IEditorPart editor = IDE.openEditor(page(), file, true);
    runEvents();
    return (ITextEditor) editor;
  }

  static ITextViewer viewerOf(ITextEditor editor) {
    return editor.getAdapter(ITextViewer.class);
  }

  static StyledText textOf(ITextEditor editor) {
    return viewerOf(editor).getTextWidget();
  }

  static void runEvents() {
    Display display = Display.getCurrent();
    while (display.readAndDispatch()) {
      // Run everything that is queued.
    }
  }

  static void pause(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      runEvents();
      sleep();
    }
  }

  /** Waits, running the event loop, until the value is non-null; fails saying what was awaited. */
  static <T> T await(String what, Duration timeout, Supplier<T> value) {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      runEvents();
      T current = value.get();
      if (current != null) {
        return current;
      }
      if (System.nanoTime() > end) {
        throw new AssertionFailedError("Gave up after " + timeout.toSeconds() + " s waiting for " + what);
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Every text any open shell shows: editors, hovers, pop-ups, tables. */
  static List<String> textsOfShells() {
    List<String> texts = new ArrayList<>();
    for (Shell shell : Display.getCurrent().getShells()) {
      if (shell.isVisible()) {
        collectTexts(shell, texts);
      }
    }
    return texts;
  }

  /** The rows of the tables in visible pop-up shells (content assist lists its proposals in one). */
  static List<String> popupTableRows(Shell workbenchShell) {
    List<String> rows = new ArrayList<>();
    for (Shell shell : Display.getCurrent().getShells()) {
      collectPopupTables(shell, workbenchShell, rows);
    }
    return rows;
  }

  private static void collectPopupTables(Shell shell, Shell workbenchShell, List<String> rows) {
    if (shell != workbenchShell && shell.isVisible()) {
      collectTableRows(shell, rows);
    }
    for (Shell child : shell.getShells()) {
      collectPopupTables(child, workbenchShell, rows);
    }
  }

  private static void collectTableRows(Control control, List<String> rows) {
    if (control instanceof Table table) {
      for (TableItem item : table.getItems()) {
        rows.add(item.getText());
      }
    }
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        collectTableRows(child, rows);
      }
    }
  }

  private static void collectTexts(Control control, List<String> texts) {
    if (control instanceof StyledText styled) {
      texts.add(styled.getText());
    } else if (control instanceof Text text) {
      texts.add(text.getText());
    } else if (control instanceof Label label) {
      texts.add(label.getText());
    }
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        collectTexts(child, texts);
      }
    }
    if (control instanceof Shell shell) {
      for (Shell child : shell.getShells()) {
        if (child.isVisible()) {
          collectTexts(child, texts);
        }
      }
    }
  }

  /** A PNG of the whole screen under target/screenshots, for a human to look at. */
  static Path screenshot(String name) throws Exception {
    runEvents();
    Display display = Display.getCurrent();
    Rectangle bounds = display.getBounds();
    Image image = new Image(display, bounds.width, bounds.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, 0, 0);
    } finally {
      gc.dispose();
    }
    Path folder = Path.of(System.getProperty("rsnet.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    Path file = folder.resolve(name + ".png");
    ImageLoader loader = new ImageLoader();
    loader.data = new ImageData[] {image.getImageData()};
    loader.save(file.toString(), SWT.IMAGE_PNG);
    image.dispose();
    return file;
  }
}
