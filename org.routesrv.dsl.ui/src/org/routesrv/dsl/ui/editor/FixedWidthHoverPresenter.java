package org.routesrv.dsl.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.widgets.Display;

/**
 * Shows hovers in the editor's fixed-width font, so route tables keep their columns. The control
 * takes the old presenter interface and calls the extension when it is there.
 */
final class FixedWidthHoverPresenter implements DefaultInformationControl.IInformationPresenter,
    DefaultInformationControl.IInformationPresenterExtension {

  @Override
  public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
      int maxHeight) {
    StyleRange fixedWidth = new StyleRange();
    fixedWidth.start = 0;
    fixedWidth.length = hoverInfo.length();
    fixedWidth.font = JFaceResources.getTextFont();
    presentation.addStyleRange(fixedWidth);
    return hoverInfo;
  }

  @Override
  @Deprecated
  public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
      int maxHeight) {
    return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
  }
}
