package org.routesrv.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed file into its canonical text. */
public class ModelFormatter {

  @Inject private Provider<FormatterRequest> requests;
  @Inject private Provider<IFormatter2> formatters;
  @Inject private Provider<TextRegionAccessBuilder> regionAccessBuilders;

  public String format(XtextResource resource) {
    ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
    FormatterRequest request = requests.get().setTextRegionAccess(regions);
    List<ITextReplacement> replacements = formatters.get().format(request);
    return regions.getRewriter().renderToString(replacements);
  }
}
