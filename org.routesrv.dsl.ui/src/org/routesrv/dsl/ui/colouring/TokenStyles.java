package org.routesrv.dsl.ui.colouring;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Colours for the server's token types, in the palette of Eclipse's own Java editor so RSNet looks
 * at home: keywords purple and bold, comments green, literals blue; names are coloured by what they
 * name, and bold where they are declared.
 */
final class TokenStyles {

  private static final Color KEYWORD = new Color(127, 0, 85);
  private static final Color COMMENT = new Color(63, 127, 95);
  private static final Color LITERAL = new Color(42, 0, 255);
  private static final Color CONTAINER = new Color(0, 80, 50);
  private static final Color DEVICE = new Color(100, 70, 0);
  private static final Color MEMBER = new Color(0, 0, 192);

  private static final Map<String, Color> COLOURS = Map.ofEntries(
      Map.entry(SemanticTokenTypes.Keyword, KEYWORD),
      Map.entry(SemanticTokenTypes.Comment, COMMENT),
      Map.entry(SemanticTokenTypes.Number, LITERAL),
      Map.entry(SemanticTokenTypes.String, LITERAL),
      Map.entry(SemanticTokenTypes.Namespace, CONTAINER),
      Map.entry(SemanticTokenTypes.Type, CONTAINER),
      Map.entry(SemanticTokenTypes.Struct, CONTAINER),
      Map.entry(SemanticTokenTypes.Class, DEVICE),
      Map.entry(SemanticTokenTypes.Interface, DEVICE),
      Map.entry(SemanticTokenTypes.Property, MEMBER),
      Map.entry(SemanticTokenTypes.Parameter, MEMBER),
      Map.entry(SemanticTokenTypes.Variable, MEMBER),
      Map.entry(SemanticTokenTypes.EnumMember, MEMBER),
      Map.entry(SemanticTokenTypes.Function, MEMBER));

  private TokenStyles() {
  }

  /** The style of a token, or null for a type this client does not colour. */
  static TextAttribute of(String type, List<String> modifiers) {
    Color colour = COLOURS.get(type);
    if (colour == null) {
      return null;
    }
    boolean bold = SemanticTokenTypes.Keyword.equals(type) || modifiers.contains(SemanticTokenModifiers.Declaration);
    int style = bold ? SWT.BOLD : SemanticTokenTypes.Comment.equals(type) ? SWT.ITALIC : SWT.NORMAL;
    return new TextAttribute(colour, null, style);
  }
}
