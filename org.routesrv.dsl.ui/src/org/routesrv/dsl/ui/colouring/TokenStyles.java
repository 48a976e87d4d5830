package org.routesrv.dsl.ui.colouring;

import java.util.EnumMap;
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

  /** What a token type is to a reader; each palette colours the roles, not the many types. */
  private enum Role { KEYWORD, COMMENT, LITERAL, CONTAINER, DEVICE, MEMBER }

  private static final Map<String, Role> ROLES = Map.ofEntries(
      Map.entry(SemanticTokenTypes.Keyword, Role.KEYWORD),
      Map.entry(SemanticTokenTypes.Comment, Role.COMMENT),
      Map.entry(SemanticTokenTypes.Number, Role.LITERAL),
      Map.entry(SemanticTokenTypes.String, Role.LITERAL),
      Map.entry(SemanticTokenTypes.Namespace, Role.CONTAINER),
      Map.entry(SemanticTokenTypes.Type, Role.CONTAINER),
      Map.entry(SemanticTokenTypes.Struct, Role.CONTAINER),
      Map.entry(SemanticTokenTypes.Class, Role.DEVICE),
      Map.entry(SemanticTokenTypes.Interface, Role.DEVICE),
      Map.entry(SemanticTokenTypes.Property, Role.MEMBER),
      Map.entry(SemanticTokenTypes.Parameter, Role.MEMBER),
      Map.entry(SemanticTokenTypes.Variable, Role.MEMBER),
      Map.entry(SemanticTokenTypes.EnumMember, Role.MEMBER),
      Map.entry(SemanticTokenTypes.Function, Role.MEMBER));

  private final Map<Role, Color> colours = new EnumMap<>(Role.class);

  TokenStyles(Color keyword, Color comment, Color literal, Color container, Color device, Color member) {
    colours.put(Role.KEYWORD, keyword);
    colours.put(Role.COMMENT, comment);
    colours.put(Role.LITERAL, literal);
    colours.put(Role.CONTAINER, container);
    colours.put(Role.DEVICE, device);
    colours.put(Role.MEMBER, member);
  }

  /** The palette that reads on an editor background of this colour. */
  static TokenStyles on(RGB background) {
    double luminance = 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue;
    return luminance < 128 ? DARK : LIGHT;
  }

  /** The style of a token, or null for a type this client does not colour. */
  TextAttribute of(String type, List<String> modifiers) {
    Role role = ROLES.get(type);
    if (role == null) {
      return null;
    }
    Color colour = colours.get(role);
    boolean bold = SemanticTokenTypes.Keyword.equals(type) || modifiers.contains(SemanticTokenModifiers.Declaration);
    int style = bold ? SWT.BOLD : SemanticTokenTypes.Comment.equals(type) ? SWT.ITALIC : SWT.NORMAL;
    return new TextAttribute(colour, null, style);
  }
}
