package org.routesrv.dsl.testing;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.routesrv.dsl.rsnet.Model;

import com.google.inject.Inject;

/** Parses inline models and answers the questions grammar tests ask of them. */
public class ModelFixture {

  @Inject private ParseHelper<Model> parseHelper;
  @Inject private ValidationTestHelper validationHelper;

  public Model parse(String text) {
    try {
      return parseHelper.parse(text);
    } catch (Exception e) {
      throw new AssertionError("parsing threw instead of reporting: " + e, e);
    }
  }

  /** Parses and fails unless the text has no syntax or linking errors. */
  public Model parseClean(String text) {
    Model model = parse(text);
    List<Resource.Diagnostic> errors = model.eResource().getErrors();
    if (!errors.isEmpty()) {
      throw new AssertionError("unexpected errors: " + errors.stream()
          .map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).toList() + "\nin:\n" + text);
    }
    return model;
  }

  public List<Issue> issues(Model model) {
    return validationHelper.validate(model);
  }

  public List<String> syntaxMessages(Model model) {
    return model.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
  }
}
