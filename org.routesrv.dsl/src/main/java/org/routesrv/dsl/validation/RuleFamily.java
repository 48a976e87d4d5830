package org.routesrv.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.routesrv.dsl.azure.AzureAsns;
import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.RsnetPackage;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;

/**
 * A family of rules composed into {@link RsnetValidator}. Every issue goes through
 * {@link #report} so that its severity comes from {@link IssueCodes} (and the project's overrides).
 */
public abstract class RuleFamily extends AbstractDeclarativeValidator {

  @Inject private NetworkFiles networkFiles;

  /** Composed into {@link RsnetValidator}, never registered on its own. */
  @Override
  public void register(EValidatorRegistrar registrar) {
    // intentionally empty
  }

  @Override
  protected List<EPackage> getEPackages() {
    return List.of(RsnetPackage.eINSTANCE);
  }

  /** Reports an issue on a feature (the whole element when feature is null) with the code's configured severity. */
  protected void report(String code, String message, EObject source, EStructuralFeature feature, String... data) {
    report(code, message, source, feature, INSIGNIFICANT_INDEX, data);
  }

  protected void report(String code, String message, EObject source, EStructuralFeature feature, int index,
      String... data) {
    addIssue(message, source, feature, index, code, data);
  }

  /** Language reference: a prefix with host bits set is an error everywhere (quick fix: the network address). */
  protected void reportHostBits(EObject object, EAttribute attribute, Ipv4Prefix prefix, int index) {
    if (prefix != null && prefix.hasHostBits()) {
      report(IssueCodes.PREFIX_HOST_BITS, prefix + " has host bits set: the network address of this /"
          + prefix.length() + " is " + prefix.network() + ".", object, attribute, index, prefix.network().toString());
    }
  }

  /** RFC 7607: no AS 0 in an AS path. */
  protected void reportZeroInPath(List<Long> path, EObject owner, EStructuralFeature feature) {
    for (int i : positionsOf(0, path)) {
      report(IssueCodes.ASN_ZERO, "AS 0 is reserved (RFC 7607) and must not appear in an AS path: remove it.",
          owner, feature, i);
    }
  }

  /** Fact 40: Route Server drops any route whose AS path contains its own ASN 65515. */
  protected void reportRouteServerAsnInPath(List<Long> path, EObject owner, EStructuralFeature feature) {
    for (int i : positionsOf(AzureAsns.ROUTE_SERVER, path)) {
      report(IssueCodes.AS_PATH_65515, as65515Message(), owner, feature, i);
    }
  }

  protected static String as65515Message() {
    return "The AS path contains " + AzureAsns.ROUTE_SERVER + ", Route Server's own ASN: Route Server drops such routes"
        + " (AS-path loop check). Remove or replace " + AzureAsns.ROUTE_SERVER + " on the NVA (as-override or AS-path"
        + " rewrite).";
  }

  /** A feature's text as written (a reference's name, a number with its unit), or "" when it is not written. */
  protected static String written(EObject owner, EStructuralFeature feature) {
    List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
    return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
  }

  /** Whether a feature is written in the text (for attributes whose default cannot be told from a written 0). */
  protected static boolean isWritten(EObject owner, EStructuralFeature feature) {
    return !NodeModelUtils.findNodesForFeature(owner, feature).isEmpty();
  }

  /** The positions of an ASN in an AS path; almost always none, which allocates nothing (rules ask for every advertisement). */
  protected static int[] positionsOf(long asn, List<Long> path) {
    int count = 0;
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i) != null && path.get(i) == asn) {
        count++;
      }
    }
    if (count == 0) {
      return NO_POSITIONS;
    }
    int[] positions = new int[count];
    count = 0;
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i) != null && path.get(i) == asn) {
        positions[count++] = i;
      }
    }
    return positions;
  }

  private static final int[] NO_POSITIONS = {};

  /**
   * The whole network of the file being validated, built once per validation run: the per-run index of
   * elements, peerings and routes every family shares. What one family derives from it for its own rules
   * is a {@link #perRun} value of that family.
   */
  protected NetworkView network() {
    // Shared by all families (unlike a perRun value, which belongs to one), and asked for every
    // advertisement by several rules: looked up without allocating.
    Map<Object, Object> context = getContext();
    if (context == null) {
      return NetworkView.of(getCurrentObject().eResource(), networkFiles);
    }
    if (context.get(NetworkView.class) instanceof NetworkView known) {
      return known;
    }
    NetworkView network = NetworkView.of(getCurrentObject().eResource(), networkFiles);
    context.put(NetworkView.class, network);
    return network;
  }

  /** A value a family derives once per validation run of a file, typed; {@code compute} runs on first use. */
  protected <T> RunValue<T> perRun(Supplier<T> compute) {
    return new RunValue<>(compute);
  }

  /** Values a family derives per key (a Route Server, say) once per validation run, each on first use. */
  protected <K, V> RunFunction<K, V> perRunByKey(Function<K, V> compute) {
    return new RunFunction<>(compute);
  }

  /**
   * A value of one validation run. It lives in the run's context map (Xtext makes one per run of a file and
   * drops it after), keyed by this object, so a family instance serves concurrent runs of different files.
   */
  protected final class RunValue<T> {
    private final Supplier<T> compute;

    private RunValue(Supplier<T> compute) {
      this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    public T get() {
      Map<Object, Object> context = getContext();
      if (context == null) {
        return compute.get();
      }
      Object value = context.get(this);
      if (value == null) {
        value = compute.get();
        context.put(this, value);
      }
      return (T) value;
    }
  }

  /** Values of one validation run by key, kept like a {@link RunValue}. */
  protected final class RunFunction<K, V> {
    private final Function<K, V> compute;
    private final RunValue<Map<K, V>> byKey = perRun(HashMap::new);

    private RunFunction(Function<K, V> compute) {
      this.compute = compute;
    }

    public V apply(K key) {
      Map<K, V> known = byKey.get();
      V value = known.get(key);
      if (value == null) {
        value = compute.apply(key);
        known.put(key, value);
      }
      return value;
    }
  }
}
