package org.routesrv.dsl.validation;

import java.util.Set;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

import com.google.inject.Singleton;

/**
 * Every issue code of the RSNet validator with its default severity. A project can change a
 * severity (or ignore a code) in an {@code rsnet.settings} file, see {@link SeveritySettings}. Each
 * code is documented in {@code docs/rules.md}; {@code IssueCodesTest} fails when one is declared here
 * but not registered below or not documented there.
 *
 * <p>Fact numbers refer to {@code docs/azure-facts.md}.
 */
@Singleton
public class IssueCodes extends ConfigurableIssueCodesProvider {

  // AsnRules
  public static final String ASN_RESERVED = "asn-reserved";
  public static final String ASN_32_BIT = "asn-32-bit";
  public static final String ASN_ZERO = "asn-zero";
  public static final String ASN_SHARED = "asn-shared";

  // SubnetRules
  public static final String ROUTE_SERVER_SUBNET_MISSING = "route-server-subnet-missing";
  public static final String ROUTE_SERVER_SUBNET_NAME = "route-server-subnet-name";
  public static final String ROUTE_SERVER_SUBNET_TOO_SMALL = "route-server-subnet-too-small";
  public static final String ROUTE_SERVER_SUBNET_LEGACY_SIZE = "route-server-subnet-legacy-size";
  public static final String ROUTE_SERVER_SUBNET_ROUTE_TABLE = "route-server-subnet-route-table";
  public static final String ROUTE_SERVER_SUBNET_NSG = "route-server-subnet-nsg";
  public static final String ROUTE_SERVER_PER_VNET = "route-server-per-vnet";
  public static final String ROUTE_SERVER_PUBLIC_IP = "route-server-public-ip";
  public static final String DEDICATED_SUBNET = "dedicated-subnet";

  // LimitRules
  public static final String PEER_LIMIT = "route-server-peer-limit";
  public static final String ROUTES_PER_PEER_LIMIT = "routes-per-peer-limit";
  public static final String TOTAL_PREFIX_LIMIT = "total-prefix-limit";
  public static final String EXPRESSROUTE_PREFIX_LIMIT = "expressroute-prefix-limit";
  public static final String VM_CAPACITY = "vm-capacity";
  public static final String CAPACITY_RANGE = "capacity-range";
  public static final String VNET_LIMIT = "vnet-limit";

  // GatewayRules
  public static final String GATEWAY_SUBNET_MISSING = "gateway-subnet-missing";
  public static final String GATEWAY_SUBNET_NAME = "gateway-subnet-name";
  public static final String GATEWAY_PER_VNET = "gateway-per-vnet";
  public static final String VPN_GATEWAY_ASN = "vpn-gateway-asn";
  public static final String VPN_GATEWAY_ACTIVE_ACTIVE = "vpn-gateway-active-active";
  public static final String PEERING_FLAG_VNET = "peering-flag-vnet";
  public static final String USE_REMOTE_GATEWAYS_NO_TRANSIT = "use-remote-gateways-no-transit";
  public static final String USE_REMOTE_GATEWAYS_NO_GATEWAY = "use-remote-gateways-no-gateway";
  public static final String USE_REMOTE_GATEWAYS_MULTIPLE = "use-remote-gateways-multiple";
  public static final String USE_REMOTE_GATEWAYS_OWN_GATEWAY = "use-remote-gateways-own-gateway";
  public static final String SPOKE_WITHOUT_TRANSIT = "spoke-without-transit";

  // PeeringRules (BGP sessions)
  public static final String PEER_OUTSIDE_REACH = "peer-outside-reach";
  public static final String PEER_SINGLE_INSTANCE = "peer-single-instance";
  public static final String PEER_DUPLICATE = "peer-duplicate";
  public static final String PEER_LINES_DIFFER = "peer-lines-differ";
  public static final String ADVERTISEMENT_ASYMMETRIC = "advertisement-asymmetric";
  public static final String BGP_HOLD_TIME_RANGE = "bgp-hold-time-range";
  public static final String BGP_KEEPALIVE_HOLD = "bgp-keepalive-hold";
  public static final String BGP_MULTIHOP_RANGE = "bgp-multihop-range";
  public static final String ALLOWAS_IN_RANGE = "allowas-in-range";

  // AddressingRules
  public static final String PREFIX_HOST_BITS = "prefix-host-bits";
  public static final String VNET_NO_ADDRESS_SPACE = "vnet-no-address-space";
  public static final String INSTANCE_ORDER = "instance-order";
  public static final String ADDRESS_SPACE_OVERLAP = "address-space-overlap";
  public static final String SUBNET_OUTSIDE_ADDRESS_SPACE = "subnet-outside-address-space";
  public static final String SUBNET_OVERLAP = "subnet-overlap";
  public static final String PEERING_SELF = "peering-self";
  public static final String PEERING_DUPLICATE = "peering-duplicate";
  public static final String PEERED_ADDRESS_SPACE_OVERLAP = "peered-address-space-overlap";
  public static final String IP_OUTSIDE_SUBNET = "ip-outside-subnet";
  public static final String IP_RESERVED_BY_AZURE = "ip-reserved-by-azure";
  public static final String IP_DUPLICATE = "ip-duplicate";
  public static final String NIC_VNET_MISMATCH = "nic-vnet-mismatch";
  public static final String STATIC_NEXT_HOP_UNREACHABLE = "static-next-hop-unreachable";

  // RoutingPitfallRules
  public static final String ADVERTISED_INSIDE_VNET = "advertised-inside-vnet";
  public static final String AS_PATH_65515 = "as-path-65515";
  public static final String RESERVED_COMMUNITY = "reserved-community";
  public static final String DEFAULT_ROUTE_LOOP = "default-route-loop";
  public static final String RECURSIVE_NEXT_HOP = "recursive-next-hop";
  public static final String IP_FORWARDING_MISSING = "ip-forwarding-missing";
  public static final String ECMP_WITHOUT_SNAT = "ecmp-without-snat";
  public static final String GATEWAY_SUBNET_PROPAGATION_OFF = "gateway-subnet-propagation-off";
  public static final String GATEWAY_SUBNET_UDR_CAPTURES_ROUTE_SERVER = "gateway-subnet-udr-captures-route-server";

  // HybridEdgeRules
  public static final String UDR_PINS_NVA_PAIR = "udr-pins-nva-pair";
  public static final String DEFAULT_ROUTE_TO_ON_PREMISES = "default-route-to-on-premises";
  public static final String SITE_BYPASSES_NVA = "site-bypasses-nva";

  // RouteMapRules
  public static final String ROUTE_MAP_DUPLICATE = "route-map-duplicate";
  public static final String ROUTE_MAP_PEER = "route-map-peer";
  public static final String ROUTE_MAP_PEER_REACH = "route-map-peer-reach";
  public static final String ROUTE_MAP_PREPEND_ASN = "route-map-prepend-asn";
  public static final String ROUTE_MAP_AZURE_COMMUNITY = "route-map-azure-community";
  public static final String ROUTE_MAP_MORE_SPECIFIC = "route-map-more-specific";
  public static final String ROUTE_MAP_LOCAL_PREF = "route-map-local-pref";
  public static final String ROUTE_MAP_DEAD_RULE = "route-map-dead-rule";
  public static final String ROUTE_MAP_UPGRADE = "route-map-upgrade";

  // LanguageRules
  public static final String UNKNOWN_VENDOR = "unknown-vendor";
  public static final String PREPEND_WITH_AS_PATH = "prepend-with-as-path";
  public static final String ROUTE_NEXT_HOP_IP = "route-next-hop-ip";
  public static final String TARGET_INSTANCE = "target-instance";
  public static final String ADVERTISEMENT_INSTANCE = "advertisement-instance";
  public static final String PROGRAMMING_DELAY_RANGE = "programming-delay-range";
  public static final String OUTAGE_OUTSIDE_SCENARIO = "outage-outside-scenario";
  public static final String SITE_STATIC_VIA = "site-static-via";
  public static final String SITE_STATIC_AS_PATH = "site-static-as-path";
  public static final String LEARNED_SOURCE = "learned-source";
  public static final String DESTINATION_WITHOUT_ADDRESS = "destination-without-address";

  // ExpectationRules
  public static final String EXPECTATION_FAILED = "expectation-failed";
  public static final String SIMULATION_FAILED = "simulation-failed";

  // NamingRules
  public static final String DUPLICATE_NAME = "duplicate-name";
  public static final String UNSAFE_NAME = "unsafe-name";

  /**
   * The errors that are Azure's deployment policy rather than the model's meaning (fact 87): Azure
   * refuses such a design today, yet a network deployed before the rule ran, and the simulator
   * computes how. {@code simulate}, {@code trace}, {@code test} and the editors run on a model whose
   * only errors are these, and say that Azure would reject it; {@code check}, {@code compile} and
   * Maven fail on them like on any error. Errors without which a model has no meaning (syntax,
   * names, addresses, missing subnets) are not here.
   */
  public static final Set<String> DEPLOYMENT_POLICY = Set.of(ASN_RESERVED, ASN_32_BIT, VPN_GATEWAY_ASN,
      VPN_GATEWAY_ACTIVE_ACTIVE, ROUTE_SERVER_SUBNET_TOO_SMALL, ROUTE_SERVER_SUBNET_ROUTE_TABLE, ROUTE_SERVER_SUBNET_NSG,
      ROUTE_SERVER_PUBLIC_IP, PEER_LIMIT, CAPACITY_RANGE, ROUTE_MAP_PEER_REACH, ROUTE_MAP_PREPEND_ASN,
      ROUTE_MAP_AZURE_COMMUNITY, ROUTE_MAP_MORE_SPECIFIC);

  @Override
  protected void initialize(IAcceptor<PreferenceKey> acceptor) {
    super.initialize(acceptor);
    error(acceptor, ASN_RESERVED, ASN_32_BIT, ASN_ZERO);
    warning(acceptor, ASN_SHARED);

    error(acceptor, ROUTE_SERVER_SUBNET_MISSING, ROUTE_SERVER_SUBNET_NAME, ROUTE_SERVER_SUBNET_TOO_SMALL,
        ROUTE_SERVER_SUBNET_ROUTE_TABLE, ROUTE_SERVER_SUBNET_NSG, ROUTE_SERVER_PER_VNET, ROUTE_SERVER_PUBLIC_IP,
        DEDICATED_SUBNET);
    warning(acceptor, ROUTE_SERVER_SUBNET_LEGACY_SIZE);

    error(acceptor, PEER_LIMIT, CAPACITY_RANGE);
    warning(acceptor, ROUTES_PER_PEER_LIMIT, TOTAL_PREFIX_LIMIT, EXPRESSROUTE_PREFIX_LIMIT, VM_CAPACITY, VNET_LIMIT);

    error(acceptor, GATEWAY_SUBNET_MISSING, GATEWAY_SUBNET_NAME, GATEWAY_PER_VNET, VPN_GATEWAY_ASN,
        VPN_GATEWAY_ACTIVE_ACTIVE, PEERING_FLAG_VNET, USE_REMOTE_GATEWAYS_NO_TRANSIT, USE_REMOTE_GATEWAYS_NO_GATEWAY,
        USE_REMOTE_GATEWAYS_MULTIPLE, USE_REMOTE_GATEWAYS_OWN_GATEWAY);
    info(acceptor, SPOKE_WITHOUT_TRANSIT);

    error(acceptor, PEER_OUTSIDE_REACH, PEER_DUPLICATE, PEER_LINES_DIFFER, BGP_HOLD_TIME_RANGE, BGP_MULTIHOP_RANGE, ALLOWAS_IN_RANGE);
    warning(acceptor, PEER_SINGLE_INSTANCE, ADVERTISEMENT_ASYMMETRIC, BGP_KEEPALIVE_HOLD);

    error(acceptor, PREFIX_HOST_BITS, VNET_NO_ADDRESS_SPACE, ADDRESS_SPACE_OVERLAP, SUBNET_OUTSIDE_ADDRESS_SPACE,
        SUBNET_OVERLAP, PEERING_SELF, PEERING_DUPLICATE, PEERED_ADDRESS_SPACE_OVERLAP, IP_OUTSIDE_SUBNET,
        IP_RESERVED_BY_AZURE, IP_DUPLICATE, NIC_VNET_MISMATCH, INSTANCE_ORDER);
    warning(acceptor, STATIC_NEXT_HOP_UNREACHABLE);

    warning(acceptor, ADVERTISED_INSIDE_VNET, AS_PATH_65515, RESERVED_COMMUNITY, DEFAULT_ROUTE_LOOP,
        RECURSIVE_NEXT_HOP, IP_FORWARDING_MISSING, ECMP_WITHOUT_SNAT, GATEWAY_SUBNET_PROPAGATION_OFF,
        GATEWAY_SUBNET_UDR_CAPTURES_ROUTE_SERVER);

    error(acceptor, UNKNOWN_VENDOR, PREPEND_WITH_AS_PATH, ROUTE_NEXT_HOP_IP, OUTAGE_OUTSIDE_SCENARIO, TARGET_INSTANCE,
        SITE_STATIC_VIA, SITE_STATIC_AS_PATH, LEARNED_SOURCE, DESTINATION_WITHOUT_ADDRESS,
        ADVERTISEMENT_INSTANCE, PROGRAMMING_DELAY_RANGE);

    warning(acceptor, UDR_PINS_NVA_PAIR, DEFAULT_ROUTE_TO_ON_PREMISES, SITE_BYPASSES_NVA);
    error(acceptor, ROUTE_MAP_DUPLICATE, ROUTE_MAP_PEER, ROUTE_MAP_PEER_REACH, ROUTE_MAP_PREPEND_ASN,
        ROUTE_MAP_AZURE_COMMUNITY, ROUTE_MAP_MORE_SPECIFIC, ROUTE_MAP_LOCAL_PREF);
    warning(acceptor, ROUTE_MAP_DEAD_RULE);
    info(acceptor, ROUTE_MAP_UPGRADE);

    error(acceptor, EXPECTATION_FAILED);
    warning(acceptor, SIMULATION_FAILED);

    error(acceptor, DUPLICATE_NAME, UNSAFE_NAME);
  }

  private void error(IAcceptor<PreferenceKey> acceptor, String... codes) {
    register(acceptor, SeverityConverter.SEVERITY_ERROR, codes);
  }

  private void info(IAcceptor<PreferenceKey> acceptor, String... codes) {
    register(acceptor, SeverityConverter.SEVERITY_INFO, codes);
  }

  private void warning(IAcceptor<PreferenceKey> acceptor, String... codes) {
    register(acceptor, SeverityConverter.SEVERITY_WARNING, codes);
  }

  private void register(IAcceptor<PreferenceKey> acceptor, String severity, String... codes) {
    for (String code : codes) {
      acceptor.accept(create(code, severity));
    }
  }
}
