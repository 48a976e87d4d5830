package org.routesrv.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.routesrv.dsl.rsnet.AdvertiseEvent;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Bgp;
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

  /**
   * The route of a scenario's advertise event, as a list. Advertisements are checked through what contains them,
   * a bgp block or such an event, never one by one ({@link org.routesrv.dsl.validation.xtext.RsnetDiagnostician} explains why).
   */
  protected static List<Advertisement> advertisementsOf(AdvertiseEvent event) {
    return event.getRoute() == null ? List.of() : List.of(event.getRoute());
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

  /** The whole network of the file being validated, built once per validation run. */
  protected NetworkView network() {
    // Asked for every advertisement by several rules: found without allocating the supplier below.
    Map<Object, Object> context = getContext();
    if (context != null && context.get(NetworkView.class) instanceof NetworkView known) {
      return known;
    }
    return memo(NetworkView.class, () -> NetworkView.of(getCurrentObject().eResource(), networkFiles));
  }

  /** A value computed once per validation run of a file (the validation context lives that long). */
  @SuppressWarnings("unchecked")
  protected <T> T memo(Object key, Supplier<T> supplier) {
    Map<Object, Object> context = getContext();
    if (context == null) {
      return supplier.get();
    }
    Object value = context.get(key);
    if (value == null) {
      value = supplier.get();
      context.put(key, value);
    }
    return (T) value;
  }
}
