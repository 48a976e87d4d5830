package org.routesrv.dsl.simulation;

import java.util.ArrayList;
import java.util.List;

import org.routesrv.dsl.network.AsPath;
import org.routesrv.dsl.network.PeerPolicy;
import org.routesrv.dsl.network.PeerPolicy.PrivateAsRemoval;

/**
 * What an NVA's policy on one session does to the routes on it: BGP as FRR and IOS-XE run it, not Azure.
 * On receipt: the loop check (fact 47), relaxed by {@code allowas-in}, then the import map. On sending,
 * in FRR's order (checked against bgpd by the interop test): {@code remove-private-as} and
 * {@code as-override} rewrite the paths the NVA passes on (its own advertisements go out with the path
 * written, which is the path the peer receives), then the export map, then the NVA's own ASN in front:
 * an export map's {@code prepend} lands behind the NVA's own ASN and its matches see the path without it.
 */
final class SessionPolicies {

  private SessionPolicies() {
  }

  /** eBGP loop prevention (fact 47): a path may hold the receiver's ASN at most {@code allowas-in} times (0 without it). */
  static boolean accepts(long ownAsn, PeerPolicy policy, AsPath path) {
    int held = 0;
    for (long asn : path.asns()) {
      if (asn == ownAsn && ++held > policy.allowAsIn()) {
        return false;
      }
    }
    return true;
  }

  /** The routes an NVA keeps from one session: those passing the loop check, after its import map. */
  static List<BgpRoute> received(long ownAsn, PeerPolicy policy, List<BgpRoute> routes) {
    List<BgpRoute> accepted = new ArrayList<>(routes.size());
    for (BgpRoute route : routes) {
      if (accepts(ownAsn, policy, route.asPath())) {
        accepted.add(route);
      }
    }
    return policy.importMap() == null ? accepted : RouteMapEvaluation.apply(policy.importMap(), accepted);
  }

  /**
   * What an NVA with {@code ownAsn} sends a peer with {@code peerAsn}: its {@code configured} advertisements and the
   * routes it {@code passesOn}, each as it would go out without a policy (its own ASN in front where it belongs).
   */
  static List<BgpRoute> sent(long ownAsn, long peerAsn, PeerPolicy policy, List<BgpRoute> configured,
      List<BgpRoute> passesOn) {
    if (policy.exportMap() == null && !policy.asOverride() && policy.removePrivateAs() == PrivateAsRemoval.KEEP) {
      List<BgpRoute> all = new ArrayList<>(configured);
      all.addAll(passesOn);
      return all;
    }
    List<BgpRoute> behindOwn = new ArrayList<>(configured.size() + passesOn.size());
    List<BgpRoute> whole = new ArrayList<>();
    for (BgpRoute route : configured) {
      List<Long> path = route.asPath().asns();
      if (!path.isEmpty() && path.get(0) == ownAsn) {
        behindOwn.add(withPath(route, new AsPath(path.subList(1, path.size()))));
      } else {
        // A path written out in full (ExaBGP's as-path): sent as written, so the map sees all of it.
        whole.add(route);
      }
    }
    for (BgpRoute route : passesOn) {
      List<Long> path = route.asPath().asns();
      behindOwn.add(withPath(route, rewritten(new AsPath(path.subList(1, path.size())), ownAsn, peerAsn, policy)));
    }
    List<BgpRoute> out = new ArrayList<>(configured.size() + passesOn.size());
    for (BgpRoute route : exported(policy, behindOwn)) {
      out.add(withPath(route, route.asPath().prepend(ownAsn)));
    }
    out.addAll(exported(policy, whole));
    return out;
  }

  private static List<BgpRoute> exported(PeerPolicy policy, List<BgpRoute> routes) {
    return policy.exportMap() == null ? routes : RouteMapEvaluation.apply(policy.exportMap(), routes);
  }

  /**
   * {@code remove-private-as [replace]}, which leaves the peer's own ASN alone (FRR keeps it so that the peer's loop
   * check still works: towards Route Server, 65515 stays), then {@code as-override} (the peer's ASN becomes the NVA's).
   */
  private static AsPath rewritten(AsPath path, long ownAsn, long peerAsn, PeerPolicy policy) {
    List<Long> asns = new ArrayList<>(path.length());
    for (long asn : path.asns()) {
      long kept = asn;
      if (AsPath.isPrivate(asn) && asn != peerAsn && policy.removePrivateAs() != PrivateAsRemoval.KEEP) {
        if (policy.removePrivateAs() == PrivateAsRemoval.REMOVE) {
          continue;
        }
        kept = ownAsn;
      }
      asns.add(policy.asOverride() && kept == peerAsn ? ownAsn : kept);
    }
    return new AsPath(asns);
  }

  /** Whether the session takes the peer's own ASN out of the paths the NVA passes on: {@code as-override}. */
  static boolean overridesPeerAsn(PeerPolicy policy) {
    return policy.asOverride();
  }

  private static BgpRoute withPath(BgpRoute route, AsPath path) {
    return new BgpRoute(route.prefix(), route.nextHop(), path, route.communities());
  }
}
