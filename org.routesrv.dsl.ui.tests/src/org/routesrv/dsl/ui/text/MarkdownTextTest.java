package org.routesrv.dsl.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void tablesBecomeAlignedColumnsUnderTheirHeader() {
    String markdown = """
        **Effective routes**

        | Source | State | Address Prefix | Next Hop Type |
        | --- | --- | --- | --- |
        | Default | Active | 10.1.0.0/16 | VnetLocal |
        | VirtualNetworkGateway | Active | 0.0.0.0/0 | VirtualNetworkGateway |
        """;
    assertEquals("""
        Effective routes

        Source                 State   Address Prefix  Next Hop Type
        ---------------------  ------  --------------  ---------------------
        Default                Active  10.1.0.0/16     VnetLocal
        VirtualNetworkGateway  Active  0.0.0.0/0       VirtualNetworkGateway""", MarkdownText.plain(markdown));
  }

  @Test
  void emphasisCodeHeadingsAndEscapesAreRemovedButTheirTextKept() {
    assertEquals("Route Server ars\n\nsession with fw1 is Established: hold 60 s, snake_case stays",
        MarkdownText.plain("# Route Server `ars`\n\n_session_ with **fw1** is Established: hold 60 s, snake_case stays"));
    assertEquals("a | b", MarkdownText.plain("a \\| b"));
  }

  @Test
  void anEscapedPipeStaysInsideItsCell() {
    assertEquals("a    b\n---  -\nx|y  z", MarkdownText.plain("| a | b |\n|---|---|\n| x\\|y | z |"));
  }

  @Test
  void codeFencesAreDroppedAndTheirLinesKept() {
    assertEquals("set network\ncommit", MarkdownText.plain("```\nset network\ncommit\n```"));
  }
}
