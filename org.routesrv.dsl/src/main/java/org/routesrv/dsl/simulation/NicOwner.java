package org.routesrv.dsl.simulation;

import org.routesrv.dsl.network.Nic;
import org.routesrv.dsl.network.Nva;

/** The NVA a NIC belongs to, found from the NIC's IP when a route points at it. */
record NicOwner(Nva nva, Nic nic) {

  String label() {
    return nva.name() + "/" + nic.name();
  }
}
