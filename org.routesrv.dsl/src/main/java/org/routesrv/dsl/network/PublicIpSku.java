package org.routesrv.dsl.network;

/** The SKU of the public IP a Route Server uses for its management plane (fact 6). */
public enum PublicIpSku {
  STANDARD, BASIC, NONE
}
