package org.routesrv.dsl.ui.colouring;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Colours for the server's token types, in the palettes of Eclipse's own Java editor so RSNet looks
 * at home in the light and the dark theme: keywords bold, comments italic, literals, and names
 * coloured by what they name, bold where they are declared.
 */
enum TokenStyles {

  LIGHT(new Color(127, 0, 85), new Color(63, 127, 95), new Color(42, 0, 255), new Color(0, 80, 50),
      new Color(100, 70, 0), new Color(0, 0, 192)),
  DARK(new Color(204, 108, 29), new Color(98, 151, 85), new Color(104, 151, 187), new Color(128, 200, 160),
      new Color(230, 200, 120), new Color(150, 180, 230));

  private final Map<String, Color> colours;

  TokenStyles(Color keyword, Color comment, Color literal, Color container, Color device, Color member) {
    colours = Map.ofEntries(
        Map.entry(SemanticTokenTypes.Keyword, keyword),
        Map.entry(SemanticTokenTypes.Comment, comment),
        Map.entry(SemanticTokenTypes.Number, literal),
        Map.entry(SemanticTokenTypes.String, literal),
        Map.entry(SemanticTokenTypes.Namespace, container),
        Map.entry(SemanticTokenTypes.Type, container),
        Map.entry(SemanticTokenTypes.Struct, container),
        Map.entry(SemanticTokenTypes.Class, device),
        Map.entry(SemanticTokenTypes.Interface, device),
        Map.entry(SemanticTokenTypes.Property, member),
        Map.entry(SemanticTokenTypes.Parameter, member),
        Map.entry(SemanticTokenTypes.Variable, member),
        Map.entry(SemanticTokenTypes.EnumMember, member),
        Map.entry(SemanticTokenTypes.Function, member));
  }

  /** The palette that reads on an editor background of this colour. */
  static TokenStyles on(RGB background) {
    double luminance = 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue;
    return luminance < 128 ? DARK : LIGHT;
  }

  /** The style of a token, or null for a type this client does not colour. */
  TextAttribute of(String type, List<String> modifiers) {
    Color colour = colours.get(type);
    if (colour == null) {
      return null;
    }
    boolean bold = SemanticTokenTypes.Keyword.equals(type) || modifiers.contains(SemanticTokenModifiers.Declaration);
    int style = bold ? SWT.BOLD : SemanticTokenTypes.Comment.equals(type) ? SWT.ITALIC : SWT.NORMAL;
    return new TextAttribute(colour, null, style);
  }
}
