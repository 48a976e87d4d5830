package org.routesrv.dsl.simulation;

import java.time.Duration;
import java.util.List;
import org.routesrv.dsl.network.Destination;
import org.routesrv.dsl.network.Expectation;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.network.Network;
import org.routesrv.dsl.network.NetworkBuilder;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.network.SourceRef;
import org.routesrv.dsl.network.SubnetRef;
import org.routesrv.dsl.network.Target;
import org.routesrv.dsl.network.UserRouteNextHop;
import org.routesrv.dsl.network.ScenarioEvent.FailureMode;

/** The seed designs as models: what the seed files describe, written as RSNet would. */
final class Seeds {

  private Seeds() {
  }

  static SourceRef at(int line, String text) {
    return new SourceRef("contoso.rsnet", line, text);
  }

  /**
   * Seed 000 as examples/panos-active-standby.rsnet: two PAN-OS firewalls, active/standby by prepending,
   * BGP timers 20/60 s, IP forwarding on both NICs, with its expectations and the {@code fw1-crash} scenario.
   */
  static Network contoso() {
    NetworkBuilder builder = NetworkBuilder.network("contoso.hubspoke")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16")
            .subnet("GatewaySubnet", "10.0.0.0/27")
            .subnet("RouteServerSubnet", "10.0.1.0/26")
            .subnet("untrusted", "10.0.2.0/24", "rt-untrusted")
            .subnet("trusted", "10.0.3.0/24", "rt-trusted"))
        .vnet("spoke1", v -> v.addressSpace("10.1.0.0/16").subnet("workload", "10.1.0.0/24"))
        .vnet("spoke2", v -> v.addressSpace("10.2.0.0/16").subnet("workload", "10.2.0.0/24"))
        .peering("hub", "spoke1", p -> p.transitVia("hub"))
        .peering("hub", "spoke2", p -> p.transitVia("hub"))
        .routeTable("rt-untrusted", t -> t.bgpPropagation(false))
        .routeTable("rt-trusted", t -> t.bgpPropagation(false))
        .routeServer("ars", "hub", r -> r.branchToBranch(false))
        .vm("vm1", "spoke1.workload", "10.1.0.4")
        .vm("vm2", "spoke2.workload", "10.2.0.4");
    firewall(builder, "fw1", 65501, "10.0.2.4", "10.0.3.4", 0);
    firewall(builder, "fw2", 65502, "10.0.2.5", "10.0.3.5", 1);
    return builder
        .expect(new Expectation.Route(at(62, "expect route spoke1.workload 0.0.0.0/0 via fw1"),
            SubnetRef.parse("spoke1.workload"), Ipv4Prefix.DEFAULT_ROUTE, List.of(Target.node("fw1"))))
        .expect(new Expectation.Trace(at(63, "expect trace vm1 -> 8.8.8.8 via fw1"), "vm1",
            Destination.ip("8.8.8.8"), List.of(Target.node("fw1")), Expectation.TraceOutcome.DELIVERED))
        .scenario("fw1-crash", s -> s.fail("fw1", FailureMode.CRASH)
            .expect(new Expectation.Route(at(67, "expect route spoke1.workload 0.0.0.0/0 via fw2"),
                SubnetRef.parse("spoke1.workload"), Ipv4Prefix.DEFAULT_ROUTE, List.of(Target.node("fw2"))))
            .expect(new Expectation.Outage(at(68, "expect outage vm1 -> 8.8.8.8 at-most 100s"), "vm1",
                Destination.ip("8.8.8.8"), Duration.ofSeconds(100))))
        .build();
  }

  private static void firewall(NetworkBuilder builder, String name, long asn, String untrusted, String trusted,
      int prepend) {
    builder.nva(name, NvaVendor.PANOS, asn, n -> n
        .nic("untrusted", "hub.untrusted", untrusted, true)
        .nic("trusted", "hub.trusted", trusted, true)
        .staticVia("0.0.0.0/0", "untrusted")
        .staticVia("10.0.0.0/8", "trusted")
        .staticVia("10.0.1.0/26", "trusted")
        .peer("ars", "trusted", p -> p.timers(Duration.ofSeconds(20), Duration.ofSeconds(60)))
        .advertise("0.0.0.0/0", a -> a.prepend(prepend)));
  }

  /**
   * Seed 003: an FRR NVA advertises 0.0.0.0/0 and its own subnet gets the route back; with
   * {@code fixed} the NVA subnet's route table sends 0.0.0.0/0 to the Internet.
   */
  static Network defaultRouteLoop(boolean fixed) {
    return NetworkBuilder.network("ipspace.loop")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16")
            .subnet("RouteServerSubnet", "10.0.1.0/26")
            .subnet("nva", "10.0.2.0/24", fixed ? "rt-nva" : null)
            .subnet("workload", "10.0.3.0/24"))
        .routeTable("rt-nva", t -> t.route("internet", "0.0.0.0/0", UserRouteNextHop.INTERNET))
        .routeServer("ars", "hub")
        .nva("quagga", NvaVendor.FRR, 65001, n -> n.nic("eth0", "hub.nva", "10.0.2.4", true)
            .staticVia("0.0.0.0/0", "eth0")
            .staticVia("10.0.1.0/26", "eth0")
            .peer("ars", "eth0")
            .advertise("0.0.0.0/0"))
        .vm("web", "hub.workload", "10.0.3.4")
        .build();
  }

  /**
   * Seed 004: ExaBGP (AS 65010) in the hub, a VPN gateway with ASN 65510 to pfSense (AS 65501),
   * branch-to-branch on, spoke1 with transit and spoke2 without.
   */
  static Network exabgpLab() {
    return NetworkBuilder.network("exabgp.lab")
        .vnet("hub", v -> v.addressSpace("10.0.0.0/16")
            .subnet("default", "10.0.0.0/24")
            .subnet("RouteServerSubnet", "10.0.2.0/26")
            .subnet("GatewaySubnet", "10.0.3.0/24"))
        .vnet("spoke1", v -> v.addressSpace("10.1.0.0/16").subnet("default", "10.1.0.0/24"))
        .vnet("spoke2", v -> v.addressSpace("10.2.0.0/16").subnet("default", "10.2.0.0/24"))
        .peering("hub", "spoke1", p -> p.transitVia("hub"))
        .peering("hub", "spoke2")
        .routeServer("ars", "hub", r -> r.branchToBranch(true))
        .vpnGateway("vng", "hub", g -> g.activeActive().asn(65510))
        .site("pfsense", 65501, "vng", s -> s.prefix("192.168.2.0/24").prefix("192.168.3.0/24")
            .prefix("192.168.4.0/24"))
        .nva("exabgp", NvaVendor.EXABGP, 65010, n -> n.nic("eth0", "hub.default", "10.0.0.4", true)
            .peer("ars", "eth0")
            .advertise("192.168.10.0/24")
            .advertise("192.168.1.0/24", a -> a.community("65010:2"))
            .advertise("10.1.0.0/16")
            .advertise("10.10.0.0/16"))
        .vm("vm-demo", "hub.default", "10.0.0.5")
        .vm("spoke1-vm", "spoke1.default", "10.1.0.4")
        .build();
  }
}
