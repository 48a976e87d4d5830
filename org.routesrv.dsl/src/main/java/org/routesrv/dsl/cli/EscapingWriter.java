package org.routesrv.dsl.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import org.routesrv.dsl.workspace.InvisibleCharacters;

/**
 * What the command line prints echoes the user's text: paths, names, expect lines. Written through
 * this, a control or bidirectional character in them shows escaped instead of acting on the
 * terminal or CI log (see {@link InvisibleCharacters}).
 */
final class EscapingWriter extends FilterWriter {

  EscapingWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(InvisibleCharacters.escape(String.valueOf((char) c)));
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    out.write(InvisibleCharacters.escape(new String(buffer, offset, length)));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(InvisibleCharacters.escape(text.substring(offset, offset + length)));
  }
}
