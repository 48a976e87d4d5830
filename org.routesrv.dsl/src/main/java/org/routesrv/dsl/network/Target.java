package org.routesrv.dsl.network;

/** What an expectation says traffic goes to: a named NVA or gateway, or a kind of system next hop. */
public sealed interface Target permits Target.Node, Target.Keyword {

  /** An NVA or gateway, by name. */
  record Node(String name) implements Target {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The keyword targets of language.md; {@code keyword()} is how RSNet writes them. */
  enum Keyword implements Target {
    INTERNET("internet"), VNET_LOCAL("vnet-local"), PEERING("peering"), NONE("none");

    private final String keyword;

    Keyword(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }

    @Override
    public String toString() {
      return keyword;
    }
  }

  static Target node(String name) {
    return new Node(name);
  }
}
