package org.routesrv.dsl.network;

/**
 * What an expectation says traffic goes to: a named NVA or gateway, one instance of a gateway, an
 * exact next-hop address, or a kind of system next hop.
 */
public sealed interface Target permits Target.Node, Target.GatewayInstance, Target.Address, Target.Keyword {

  /** An NVA or gateway, by name. */
  record Node(String name) implements Target {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code GATEWAY instance first|second}: the next hop Azure programs for that instance of the gateway. */
  record GatewayInstance(String gateway, int index) implements Target {
    @Override
    public String toString() {
      return gateway + " instance " + (index == 0 ? "first" : "second");
    }
  }

  /** {@code ip IP}: exactly that next-hop address, whoever owns it. */
  record Address(Ipv4Address ip) implements Target {
    @Override
    public String toString() {
      return "ip " + ip;
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
