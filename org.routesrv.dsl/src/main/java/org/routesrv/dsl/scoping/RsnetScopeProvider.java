package org.routesrv.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.routesrv.dsl.rsnet.AdvertiseEvent;
import org.routesrv.dsl.rsnet.BgpNeighbor;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RsnetPackage.Literals;

/**
 * Names that only make sense inside one NVA: its NICs, and the peers an advertisement can be limited
 * to. Everything else is resolved by network-wide qualified names ({@link NetworkScopeProvider}).
 */
public class RsnetScopeProvider extends AbstractRsnetScopeProvider {

  @Override
  public IScope getScope(EObject context, EReference reference) {
    if (reference.getEReferenceType() == Literals.NIC) {
      Nva nva = EcoreUtil2.getContainerOfType(context, Nva.class);
      return nva == null ? IScope.NULLSCOPE : Scopes.scopeFor(nva.getNics());
    }
    if (reference == Literals.ADVERTISEMENT__TO || reference == Literals.ADVERTISEMENT__WHEN_LEARNED_FROM) {
      Nva nva = advertisingNva(context);
      if (nva == null || nva.getBgp() == null) {
        return IScope.NULLSCOPE;
      }
      return Scopes.scopeFor(nva.getBgp().getPeers(), peer -> QualifiedName.create(peerName(peer)), IScope.NULLSCOPE);
    }
    return super.getScope(context, reference);
  }

  /** In a scenario, {@code advertise NVA PREFIX to PEER} names a peer of that NVA. */
  private static Nva advertisingNva(EObject context) {
    AdvertiseEvent event = EcoreUtil2.getContainerOfType(context, AdvertiseEvent.class);
    if (event != null) {
      return event.getNva() == null || event.getNva().eIsProxy() ? null : event.getNva();
    }
    return EcoreUtil2.getContainerOfType(context, Nva.class);
  }

  /**
   * A Route Server peering is named after its Route Server. The name is read from the text so that
   * building this scope never resolves other references.
   */
  public static String peerName(BgpPeer peer) {
    if (peer instanceof BgpNeighbor neighbor) {
      return neighbor.getName() == null ? "" : neighbor.getName();
    }
    List<org.eclipse.xtext.nodemodel.INode> nodes =
        NodeModelUtils.findNodesForFeature(peer, Literals.ROUTE_SERVER_PEERING__ROUTE_SERVER);
    return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0)).replace("^", "");
  }
}
