package org.routesrv.dsl.network;

import java.util.Optional;

/**
 * Whether Azure drops a packet at an NVA's NIC: the one answer the validator ({@code ip-forwarding-missing}) and the
 * simulator's trace both use, so that what the validator says Azure drops, the trace drops at the same NIC with the
 * same reason.
 *
 * <p>Route Server only programs routes; Azure's own fabric carries every packet to and from the NVA (facts 41, 48,
 * 61). That fabric hands a NIC only packets addressed to one of its own addresses, and takes from it only packets
 * sent from one of them, unless the NIC has IP forwarding on (Azure's NIC setting {@code enableIPForwarding}; the
 * facts sheet has no number for it). An NVA that forwards without source NAT sends with the original source, which is
 * not its own; with source NAT it sends from the NIC it leaves by.
 */
public final class NicForwarding {

  /** Why Azure drops a packet at a NIC. The reason is worded once, for the validator and the trace alike. */
  public enum Drop {
    RECEIVED_FOR_ANOTHER_ADDRESS("Azure drops packets that a NIC without IP forwarding receives for another address"),
    SENT_FROM_ANOTHER_ADDRESS("Azure drops packets that a NIC without IP forwarding sends from another address");

    private final String reason;

    Drop(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private NicForwarding() {
  }

  /** A packet arriving at a NIC: dropped when it is for another address and IP forwarding is off. */
  public static Optional<Drop> arriving(boolean ipForwarding, boolean addressedToTheNic) {
    return ipForwarding || addressedToTheNic ? Optional.empty() : Optional.of(Drop.RECEIVED_FOR_ANOTHER_ADDRESS);
  }

  /** A packet leaving by a NIC: dropped when it is from another address and IP forwarding is off. */
  public static Optional<Drop> leaving(boolean ipForwarding, boolean fromTheNic) {
    return ipForwarding || fromTheNic ? Optional.empty() : Optional.of(Drop.SENT_FROM_ANOTHER_ADDRESS);
  }

  /** {@link #arriving(boolean, boolean)} for a packet to {@code destination}. */
  public static Optional<Drop> arriving(Nic nic, Ipv4Address destination) {
    return arriving(nic.ipForwarding(), nic.ip().equals(destination));
  }

  /** {@link #leaving(boolean, boolean)} for a packet from {@code source}. */
  public static Optional<Drop> leaving(Nic nic, Ipv4Address source) {
    return leaving(nic.ipForwarding(), nic.ip().equals(source));
  }

  /**
   * The source address a packet has when an NVA forwards it out of a NIC: that NIC's own address when the NVA
   * source-NATs ({@code snat on}), else the packet's source unchanged.
   */
  public static Ipv4Address sourceLeaving(boolean snat, Ipv4Address nicAddress, Ipv4Address source) {
    return snat ? nicAddress : source;
  }

  /**
   * Whether a packet an NVA forwards (from someone else's address) leaves a NIC from that NIC's own address: only when
   * the NVA source-NATs. For rules that reason about forwarded traffic in general rather than one packet.
   */
  public static boolean forwardedLeavesFromTheNic(boolean snat) {
    return snat;
  }
}
