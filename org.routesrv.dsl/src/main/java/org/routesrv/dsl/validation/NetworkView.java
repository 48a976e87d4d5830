package org.routesrv.dsl.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.routesrv.dsl.azure.GatewayTransit;
import org.routesrv.dsl.azure.VendorProfile;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.AddressSpace;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Peering;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.validation.xtext.ChildrenButAdvertisements;
import org.routesrv.dsl.workspace.NetworkFiles;

/**
 * One network: every file that declares the same {@code network} name (they form one model). Rules
 * that look beyond the file being validated ask this view; it lists the elements of all those files in
 * a stable order (by file URI, then by position), so "the ninth peer" means the same thing in every file.
 *
 * <p>Which files those are, and in what order, is {@link NetworkFiles}' answer.
 */
public final class NetworkView {


  private final List<Model> models;
  private final Map<Class<?>, List<?>> byType = new HashMap<>();
  private Map<EClass, OfClass> byClass;
  private int walked;
  /** Asked once per advertisement by the pitfall rules: computed once per hub and validation run. */
  private final Map<Vnet, List<Vnet>> servedVnets = new HashMap<>();
  private final Map<Vnet, ServedRanges> servedRanges = new HashMap<>();
  /** Asked once per peering, gateway and Route Server: grouped once per validation run instead of filtered. */
  private Map<Vnet, List<Peering>> peeringsByVnet;
  private Map<VnetPair, Peering> firstPeeringOfPair;
  private Map<Vnet, Peering> firstUsingRemoteGateways;
  private Map<Vnet, List<Gateway>> gatewaysByVnet;
  private Map<Vnet, List<RouteServer>> routeServersByVnet;
  private Map<RouteServer, List<RouteServerPeering>> peeringsByRouteServer;
  /** Several rules ask about every advertisement: the Route Servers it reaches are found once per NVA. */
  private final Map<Nva, List<RouteServer>> reachedByAll = new IdentityHashMap<>();
  private final Map<AdvertisementTargets, List<RouteServer>> reachedByTarget = new HashMap<>();

  /** The advertisements of one NVA sent to the same peer (null: to all) reach the same Route Servers. */
  private record AdvertisementTargets(Nva nva, BgpPeer to) {
  }

  /** One address space of a VNet whose routes a Route Server knows (its own or a transit spoke's). */
  public record ServedRange(Vnet vnet, Ipv4Prefix space) {
  }

  /**
   * The served ranges of one hub, indexed for "which range covers this prefix": a hash lookup per
   * distinct range length instead of a scan, because it is asked for every advertised prefix.
   */
  public static final class ServedRanges {
    /** The distinct range lengths, widest first; per length, the ranges' network bits sorted, and the ranges alike. */
    private final int[] lengths;
    private final int[][] networks;
    private final ServedRange[][] ranges;

    ServedRanges(List<ServedRange> served) {
      Map<Integer, Map<Integer, ServedRange>> byLength = new TreeMap<>();
      for (ServedRange range : served) {
        // The first range of a network wins, as it does wherever a VNet space is looked up.
        byLength.computeIfAbsent(range.space().length(), length -> new TreeMap<>())
            .putIfAbsent(range.space().network().address().bits(), range);
      }
      lengths = new int[byLength.size()];
      networks = new int[lengths.length][];
      ranges = new ServedRange[lengths.length][];
      int i = 0;
      for (Map.Entry<Integer, Map<Integer, ServedRange>> ofLength : byLength.entrySet()) {
        lengths[i] = ofLength.getKey();
        networks[i] = ofLength.getValue().keySet().stream().mapToInt(Integer::intValue).toArray();
        ranges[i] = ofLength.getValue().values().toArray(ServedRange[]::new);
        i++;
      }
    }

    /**
     * The served range covering {@code prefix} (the widest one when several do), or null: a binary
     * search per distinct range length, without allocating, because it is asked for every advertised prefix.
     */
    public ServedRange covering(Ipv4Prefix prefix) {
      for (int i = 0; i < lengths.length && lengths[i] <= prefix.length(); i++) {
        int network = prefix.address().bits() & (lengths[i] == 0 ? 0 : -1 << (32 - lengths[i]));
        int found = Arrays.binarySearch(networks[i], network);
        if (found >= 0) {
          return ranges[i][found];
        }
      }
      return null;
    }
  }

  private NetworkView(List<Model> models) {
    this.models = models;
  }

  /** The network of {@code resource}, as {@code files} lists it; a file without a network name is a network of its own. */
  public static NetworkView of(Resource resource, NetworkFiles files) {
    List<Model> models = files.modelsOf(resource);
    Model own = NetworkFiles.rootOf(resource);
    return new NetworkView(!models.isEmpty() || own == null ? models : List.of(own));
  }

  public List<Model> models() {
    return models;
  }

  /**
   * Every element of that type in the network, in network order. Not for advertisements, which rules read per bgp
   * block ({@link RuleFamily#parsedAdvertisementsOf}): a large network has 32,000, and no rule needs all at once.
   */
  @SuppressWarnings("unchecked")
  public <T extends EObject> List<T> all(Class<T> type) {
    if (type.isAssignableFrom(Advertisement.class)) {
      throw new IllegalArgumentException("advertisements are read per bgp block: use RuleFamily.parsedAdvertisementsOf");
    }
    return (List<T>) byType.computeIfAbsent(type, t -> {
      List<OfClass> matching = new ArrayList<>();
      byClass().forEach((eClass, elements) -> {
        if (type.isAssignableFrom(eClass.getInstanceClass())) {
          matching.add(elements);
        }
      });
      if (matching.size() == 1) {
        return List.copyOf(matching.get(0).elements);
      }
      // An abstract type: its classes' elements merged back into network order.
      List<Placed> placed = new ArrayList<>();
      for (OfClass elements : matching) {
        for (int i = 0; i < elements.elements.size(); i++) {
          placed.add(new Placed(elements.positions[i], elements.elements.get(i)));
        }
      }
      placed.sort(Comparator.comparingInt(Placed::position));
      return placed.stream().map(Placed::element).toList();
    });
  }

  /**
   * Every element of the network but advertisements by its class, from one walk over the files: rules ask for a
   * dozen types, and filtering all 40,000 elements of a large network once per type cost more than the rules.
   */
  private Map<EClass, OfClass> byClass() {
    if (byClass == null) {
      byClass = new HashMap<>();
      for (Model model : models) {
        walk(model);
      }
    }
    return byClass;
  }

  /** Adds the contents of {@code container}, depth first as EMF lists them, except advertisements. */
  private void walk(EObject container) {
    ChildrenButAdvertisements.each(container, child -> {
      byClass.computeIfAbsent(child.eClass(), eClass -> new OfClass()).add(child, walked++);
      walk(child);
      return true;
    });
  }

  /** The elements of one class in network order, with their positions among all elements. */
  private static final class OfClass {
    private final List<EObject> elements = new ArrayList<>();
    private int[] positions = new int[8];

    void add(EObject element, int position) {
      if (elements.size() == positions.length) {
        positions = Arrays.copyOf(positions, positions.length * 2);
      }
      positions[elements.size()] = position;
      elements.add(element);
    }
  }

  private record Placed(int position, EObject element) {
  }

  // ------------------------------------------------------------------ VNet peerings and gateways

  public List<Peering> peeringsOf(Vnet vnet) {
    if (peeringsByVnet == null) {
      Map<Vnet, List<Peering>> bySide = new HashMap<>();
      for (Peering peering : all(Peering.class)) {
        bySide.computeIfAbsent(peering.getLeft(), v -> new ArrayList<>()).add(peering);
        if (peering.getRight() != peering.getLeft()) {
          bySide.computeIfAbsent(peering.getRight(), v -> new ArrayList<>()).add(peering);
        }
      }
      bySide.replaceAll((v, peerings) -> List.copyOf(peerings));
      peeringsByVnet = bySide;
    }
    return peeringsByVnet.getOrDefault(vnet, List.of());
  }

  /**
   * The first peering, in network order, between {@code left} and {@code right} (in either direction),
   * or null: asked once per peering, so indexed once instead of filtering the hub's hundreds of peerings.
   */
  public Peering firstPeeringBetween(Vnet left, Vnet right) {
    if (firstPeeringOfPair == null) {
      Map<VnetPair, Peering> firsts = new HashMap<>();
      for (Peering peering : all(Peering.class)) {
        if (peering.getLeft() != null && peering.getRight() != null) {
          firsts.putIfAbsent(new VnetPair(peering.getLeft(), peering.getRight()), peering);
        }
      }
      firstPeeringOfPair = firsts;
    }
    return left == null || right == null ? null : firstPeeringOfPair.get(new VnetPair(left, right));
  }

  /** Two VNets in either order. */
  private record VnetPair(Vnet one, Vnet other) {
    @Override
    public boolean equals(Object object) {
      return object instanceof VnetPair pair
          && (one == pair.one && other == pair.other || one == pair.other && other == pair.one);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(one) + System.identityHashCode(other);
    }
  }

  /** The first peering, in network order, on which {@code side} uses remote gateways (fact 33), or null. */
  public Peering firstPeeringUsingRemoteGateways(Vnet side) {
    if (firstUsingRemoteGateways == null) {
      Map<Vnet, Peering> firsts = new HashMap<>();
      for (Peering peering : all(Peering.class)) {
        for (Vnet vnet : new Vnet[] {peering.getLeft(), peering.getRight()}) {
          if (vnet != null && usesRemoteGateways(peering, vnet)) {
            firsts.putIfAbsent(vnet, peering);
          }
        }
      }
      firstUsingRemoteGateways = firsts;
    }
    return firstUsingRemoteGateways.get(side);
  }

  /** The VNets directly peered with {@code vnet} (with or without gateway flags). */
  public Set<Vnet> peersOf(Vnet vnet) {
    Set<Vnet> result = new LinkedHashSet<>();
    for (Peering peering : peeringsOf(vnet)) {
      Vnet other = otherSide(peering, vnet);
      if (other != null && other != vnet) {
        result.add(other);
      }
    }
    return result;
  }

  public static Vnet otherSide(Peering peering, Vnet side) {
    return peering.getLeft() == side ? peering.getRight() : peering.getRight() == side ? peering.getLeft() : null;
  }

  /** Azure's {@code allowGatewayTransit} on {@code side}'s half of the peering. */
  public static boolean allowsGatewayTransit(Peering peering, Vnet side) {
    return side != null && (peering.getTransitVia() == side || peering.getAllowGatewayTransit().contains(side));
  }

  /** Azure's {@code useRemoteGateways} on {@code side}'s half of the peering. */
  public static boolean usesRemoteGateways(Peering peering, Vnet side) {
    if (side == null) {
      return false;
    }
    Vnet transit = peering.getTransitVia();
    boolean viaTransit = transit != null && transit != side && otherSide(peering, side) == transit;
    return viaTransit || peering.getUseRemoteGateways().contains(side);
  }

  public List<RouteServer> routeServersIn(Vnet vnet) {
    if (routeServersByVnet == null) {
      routeServersByVnet = groupBy(all(RouteServer.class), RouteServer::getVnet);
    }
    return routeServersByVnet.getOrDefault(vnet, List.of());
  }

  public List<Gateway> gatewaysIn(Vnet vnet) {
    if (gatewaysByVnet == null) {
      gatewaysByVnet = groupBy(all(Gateway.class), Gateway::getVnet);
    }
    return gatewaysByVnet.getOrDefault(vnet, List.of());
  }

  /** The elements by key, each group in network order; null keys are kept (a missing reference). */
  private static <K, T> Map<K, List<T>> groupBy(List<T> elements, Function<T, K> key) {
    Map<K, List<T>> groups = new HashMap<>();
    for (T element : elements) {
      groups.computeIfAbsent(key.apply(element), k -> new ArrayList<>()).add(element);
    }
    groups.replaceAll((k, group) -> List.copyOf(group));
    return groups;
  }

  /** ARS counts as a gateway for the peering flags (fact 33). */
  public boolean hasGatewayOrRouteServer(Vnet vnet) {
    return !gatewaysIn(vnet).isEmpty() || !routeServersIn(vnet).isEmpty();
  }

  /**
   * The VNets whose address space a Route Server in {@code hub} learns and programs routes into: the hub
   * itself and every directly peered spoke that uses the hub's gateways (facts 32, 34).
   */
  public List<Vnet> servedVnets(Vnet hub) {
    return servedVnets.computeIfAbsent(hub, this::computeServedVnets);
  }

  /** The address spaces of {@link #servedVnets}, parsed once per validation run. */
  public ServedRanges servedRanges(Vnet hub) {
    // Asked for every advertisement: looked up without allocating a mapping function.
    ServedRanges known = servedRanges.get(hub);
    if (known == null) {
      known = new ServedRanges(servedVnets(hub).stream()
          .flatMap(vnet -> addressSpace(vnet).stream().map(space -> new ServedRange(vnet, space))).toList());
      servedRanges.put(hub, known);
    }
    return known;
  }

  private List<Vnet> computeServedVnets(Vnet hub) {
    // A set: a hub may have hundreds of spokes, and thousands of (duplicate) peerings.
    Set<Vnet> result = new LinkedHashSet<>();
    result.add(hub);
    for (Peering peering : peeringsOf(hub)) {
      Vnet spoke = otherSide(peering, hub);
      if (spoke != null && spoke != hub && GatewayTransit.spokeJoinsHub(usesRemoteGateways(peering, spoke),
          allowsGatewayTransit(peering, hub), hasGatewayOrRouteServer(spoke))) {
        result.add(spoke);
      }
    }
    return List.copyOf(result);
  }

  // ------------------------------------------------------------------ BGP

  /** Every {@code peer ROUTESERVER} line towards that Route Server, in network order. */
  public List<RouteServerPeering> peeringsTo(RouteServer routeServer) {
    if (peeringsByRouteServer == null) {
      peeringsByRouteServer = groupBy(all(RouteServerPeering.class), RouteServerPeering::getRouteServer);
    }
    return peeringsByRouteServer.getOrDefault(routeServer, List.of());
  }

  /** The peering lines an advertisement is sent to: all Route Server peerings of its NVA, or its {@code to}. */
  public static List<RouteServerPeering> routeServerTargets(Advertisement advertisement) {
    Nva nva = EcoreUtil2.getContainerOfType(advertisement, Nva.class);
    if (nva == null || nva.getBgp() == null) {
      return List.of();
    }
    BgpPeer to = advertisement.getTo();
    List<RouteServerPeering> result = new ArrayList<>();
    for (BgpPeer peer : nva.getBgp().getPeers()) {
      if (peer instanceof RouteServerPeering peering && (to == null || to == peer)) {
        result.add(peering);
      }
    }
    return result;
  }

  /**
   * {@link #routeServersReached(Advertisement)}, computed once per NVA and target peer. Asked for every advertisement,
   * most of which have no target: those are looked up without allocating a key.
   */
  public List<RouteServer> routeServersReachedBy(Advertisement advertisement) {
    Nva nva = EcoreUtil2.getContainerOfType(advertisement, Nva.class);
    if (nva == null) {
      return List.of();
    }
    if (advertisement.getTo() == null) {
      List<RouteServer> known = reachedByAll.get(nva);
      if (known == null) {
        known = List.copyOf(routeServersReached(advertisement));
        reachedByAll.put(nva, known);
      }
      return known;
    }
    return reachedByTarget.computeIfAbsent(new AdvertisementTargets(nva, advertisement.getTo()),
        targets -> List.copyOf(routeServersReached(advertisement)));
  }

  /** The Route Servers an advertisement reaches (each once). */
  public static Set<RouteServer> routeServersReached(Advertisement advertisement) {
    Set<RouteServer> result = new LinkedHashSet<>();
    for (RouteServerPeering peering : routeServerTargets(advertisement)) {
      if (peering.getRouteServer() != null && !peering.getRouteServer().eIsProxy()) {
        result.add(peering.getRouteServer());
      }
    }
    return result;
  }

  /**
   * How many routes an NVA sends over one Route Server peer line: its advertisements for that line, plus the
   * on-premises prefixes it passes on from sites behind it.
   */
  public int routeCountOver(RouteServerPeering peering) {
    Nva nva = EcoreUtil2.getContainerOfType(peering, Nva.class);
    if (nva == null || nva.getBgp() == null) {
      return 0;
    }
    int routes = 0;
    for (Advertisement advertisement : nva.getBgp().getAdvertisements()) {
      if (advertisement.getTo() == null || advertisement.getTo() == peering) {
        routes++;
      }
    }
    return routes + sitePrefixesPassedOnBy(nva).size();
  }

  /** The on-premises prefixes an NVA passes on from the sites behind it (ExaBGP only announces what it is told). */
  public List<Ipv4Prefix> sitePrefixesPassedOnBy(Nva nva) {
    List<Ipv4Prefix> prefixes = new ArrayList<>();
    if (VendorProfile.ofKeyword(nva.getVendor()).passesOnLearnedRoutes()) {
      for (Site site : all(Site.class)) {
        if (site.getVia() == nva) {
          site.getPrefixes().forEach(p -> prefixes.add(p.getPrefix()));
        }
      }
    }
    return prefixes;
  }

  /** Number of ASNs in the AS path a peer receives for this advertisement (fact 55 compares these). */
  public static int asPathLength(Advertisement advertisement) {
    return advertisement.getAsPath().isEmpty() ? 1 + advertisement.getPrepend() : advertisement.getAsPath().size();
  }

  // ------------------------------------------------------------------ addressing

  public static Vnet vnetOf(EObject element) {
    return EcoreUtil2.getContainerOfType(element, Vnet.class);
  }

  /** The subnet of {@code vnet} with exactly that name, or null. */
  public static Subnet subnetNamed(Vnet vnet, String name) {
    return vnet == null ? null
        : vnet.getSubnets().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
  }

  /** A subnet whose name differs from {@code name} only in case (Azure needs the exact name), or null. */
  public static Subnet subnetMisspelled(Vnet vnet, String name) {
    return vnet == null ? null
        : vnet.getSubnets().stream()
            .filter(s -> s.getName() != null && !name.equals(s.getName()) && name.equalsIgnoreCase(s.getName()))
            .findFirst().orElse(null);
  }

  /** The address space prefixes of a VNet that are written and valid (the value converter reports the others). */
  public static List<Ipv4Prefix> addressSpace(Vnet vnet) {
    List<Ipv4Prefix> result = new ArrayList<>(2);
    for (AddressSpace space : vnet.getAddressSpaces()) {
      for (Ipv4Prefix prefix : space.getPrefixes()) {
        if (prefix != null) {
          result.add(prefix);
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  public static Ipv4Prefix subnetPrefix(Subnet subnet) {
    return subnet == null || subnet.eIsProxy() ? null : subnet.getPrefix();
  }
}
