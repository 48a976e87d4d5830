package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.BGP_NEIGHBOR__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.MODEL__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SCENARIO__NAME;
import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.SITE_CONNECTOR__NAME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.rsnet.Bgp;
import org.routesrv.dsl.rsnet.BgpNeighbor;
import org.routesrv.dsl.rsnet.BgpPeer;
import org.routesrv.dsl.rsnet.Gateway;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nic;
import org.routesrv.dsl.rsnet.Nsg;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.Route;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.rsnet.RouteServerPeering;
import org.routesrv.dsl.rsnet.RouteTable;
import org.routesrv.dsl.rsnet.Scenario;
import org.routesrv.dsl.rsnet.Site;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vm;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.naming.FileNameIndex;
import org.routesrv.dsl.scoping.RsnetScopeProvider;

import com.google.inject.Inject;

/** Names: unique within their kind across the whole network, and safe to use as file names. */
public class NamingRules extends RuleFamily {

  private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final Pattern FORBIDDEN_CHARACTERS = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");
  private static final int MAX_FILE_NAME = 100;

  @Inject private FileNameIndex fileNames;

  /**
   * The namespaces in which a name must be unique. NVAs are Azure VMs (so they share the VMs' names) and, like the
   * gateways, a hop that sites and expectations refer to.
   */
  private static final List<String> NVA_KINDS = List.of("NVA or gateway", "VM or NVA");
  private static final List<String> GATEWAY_KINDS = List.of("NVA or gateway");
  private static final List<String> VM_KINDS = List.of("VM or NVA");

  static List<String> kinds(EObject element) {
    if (element instanceof Nva) {
      return NVA_KINDS;
    }
    if (element instanceof Gateway) {
      return GATEWAY_KINDS;
    }
    if (element instanceof Vm) {
      return VM_KINDS;
    }
    String kind = element instanceof Vnet ? "VNet" : element instanceof Subnet ? "subnet"
        : element instanceof RouteTable ? "route table" : element instanceof Route ? "route"
        : element instanceof org.routesrv.dsl.rsnet.RouteMap ? "route map"
        : element instanceof Nsg ? "NSG" : element instanceof RouteServer ? "Route Server"
        : element instanceof Site ? "site" : element instanceof Scenario ? "scenario"
        : element instanceof Nic ? "NIC" : element instanceof BgpNeighbor ? "BGP peer" : null;
    return kind == null ? List.of() : List.of(kind);
  }

  private record Key(String kind, String name) {
  }

  /** Another element with the same name in one of {@code element}'s namespaces (the first namespace that has one). */
  private record Clash(int kindIndex, String kind, EObject other) {
  }

  /** Xtext links by exact name; Azure resource names and file names are case-insensitive, so both count. */
  @Check(CheckType.NORMAL)
  public void uniqueNames(Model model) {
    Map<EObject, Clash> clashes = clashesInNetwork.get();
    fileNames.of(model.eResource()).forEach((element, name) -> {
      Clash clash = clashes.get(element);
      if (clash != null) {
        report(IssueCodes.DUPLICATE_NAME, duplicateMessage(clash.kind(), element, clash.other()), element,
            nameFeature(element));
      }
    });
  }

  /**
   * Every element of the network whose name is taken in one of its namespaces, computed once per
   * validation run: each file's check then only looks its elements up.
   */
  private final RunValue<Map<EObject, Clash>> clashesInNetwork = perRun(this::findClashesInNetwork);

  private Map<EObject, Clash> findClashesInNetwork() {
    Map<Key, List<EObject>> byName = new HashMap<>();
    for (Model each : network().models()) {
      fileNames.of(each.eResource()).forEach((element, name) -> {
        for (String kind : kinds(element)) {
          byName.computeIfAbsent(new Key(kind, name.toString().toLowerCase(Locale.ROOT)), k -> new ArrayList<>(1))
              .add(element);
        }
      });
    }
    Map<EObject, Clash> clashes = new IdentityHashMap<>();
    for (Map.Entry<Key, List<EObject>> same : byName.entrySet()) {
      if (same.getValue().size() < 2) {
        continue;
      }
      for (EObject element : same.getValue()) {
        EObject other = same.getValue().stream().filter(e -> e != element).findFirst().orElse(null);
        int kindIndex = kinds(element).indexOf(same.getKey().kind());
        Clash known = clashes.get(element);
        if (other != null && (known == null || kindIndex < known.kindIndex())) {
          clashes.put(element, new Clash(kindIndex, same.getKey().kind(), other));
        }
      }
    }
    return clashes;
  }

  private static String duplicateMessage(String kind, EObject element, EObject other) {
    String name = (String) element.eGet(nameFeature(element));
    String otherName = (String) other.eGet(nameFeature(other));
    String where = other.eResource() == element.eResource() ? ""
        : " (in " + other.eResource().getURI().lastSegment() + ", same network)";
    if (name.equals(otherName)) {
      return "Duplicate " + kind + " name '" + name + "'" + where + ": names must be unique. Rename one.";
    }
    return kind + " name '" + name + "' differs only in case from '" + otherName + "'" + where
        + ": Azure names and generated file names are case-insensitive. Rename one.";
  }

  private static EStructuralFeature nameFeature(EObject element) {
    return element.eClass().getEStructuralFeature("name");
  }

  /** A BGP neighbour named like a Route Server the NVA peers with makes 'to NAME' ambiguous. */
  @Check(CheckType.FAST)
  public void peerNames(BgpNeighbor neighbor) {
    if (neighbor.getName() == null || !(neighbor.eContainer() instanceof Bgp bgp)) {
      return;
    }
    for (BgpPeer peer : bgp.getPeers()) {
      if (peer instanceof RouteServerPeering && neighbor.getName().equals(RsnetScopeProvider.peerName(peer))) {
        report(IssueCodes.DUPLICATE_NAME, "BGP peer '" + neighbor.getName() + "' has the name of Route Server peer '"
            + neighbor.getName() + "', so 'to " + neighbor.getName() + "' is ambiguous. Rename the peer.",
            neighbor, BGP_NEIGHBOR__NAME);
        return;
      }
    }
  }

  /** Output safety: these names become folder and file names of 'rsnet compile' and must stay inside its folder. */
  @Check(CheckType.FAST)
  public void networkNameIsSafe(Model model) {
    if (model.getName() != null) {
      for (String segment : model.getName().split("\\.", -1)) {
        String reason = unsafeReason(segment);
        if (reason != null) {
          report(IssueCodes.UNSAFE_NAME, "Network name part '" + segment + "' " + reason + ": it names the output"
              + " folder. Rename the network.", model, MODEL__NAME);
          return;
        }
      }
    }
  }

  /** Output safety: an NVA's name names its configuration file. */
  @Check(CheckType.FAST)
  public void nvaNameIsSafe(Nva nva) {
    safe(nva, nva.getName(), SITE_CONNECTOR__NAME, "NVA", "its configuration file");
  }

  /** Output safety: a scenario's name names its result file. */
  @Check(CheckType.FAST)
  public void scenarioNameIsSafe(Scenario scenario) {
    safe(scenario, scenario.getName(), SCENARIO__NAME, "Scenario", "its result file");
  }

  private void safe(EObject owner, String name, EStructuralFeature feature, String what, String file) {
    String reason = name == null ? null : unsafeReason(name);
    if (reason != null) {
      report(IssueCodes.UNSAFE_NAME, what + " name '" + name + "' " + reason + ": it names " + file + ". Rename it.",
          owner, feature);
    }
  }

  /** Why a name is unsafe as a file or folder name on Linux, macOS and Windows, or null. */
  public static String unsafeReason(String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "is empty or a relative folder name";
    }
    if (FORBIDDEN_CHARACTERS.matcher(name).find()) {
      return "contains a path separator or a character file systems refuse";
    }
    String base = name.split("\\.", 2)[0].toLowerCase(Locale.ROOT);
    if (WINDOWS_DEVICES.contains(base)) {
      return "is a reserved device name on Windows";
    }
    if (name.endsWith(".") || name.endsWith(" ")) {
      return "ends with a dot or space, which Windows drops";
    }
    if (name.length() > MAX_FILE_NAME) {
      return "is longer than " + MAX_FILE_NAME + " characters";
    }
    return null;
  }
}
