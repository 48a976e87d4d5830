package org.routesrv.dsl.network;

/**
 * An on-premises prefix. {@code asPathBehind} lists the ASNs behind the site's own ({@code as-path}),
 * empty when not written.
 */
public record SitePrefix(Ipv4Prefix prefix, AsPath asPathBehind) {
}
