package org.routesrv.dsl.validation;

import java.lang.reflect.Method;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.ComposedChecks;
import org.routesrv.dsl.validation.xtext.CheckTypeFirst;

/**
 * The RSNet validator: one family of rules per concern, each rule citing the fact of
 * {@code docs/azure-facts.md} it enforces. Codes and default severities are in
 * {@link IssueCodes}; {@code docs/rules.md} documents every code. How Xtext walks the model and calls
 * the checks is replaced for speed in {@code org.routesrv.dsl.validation.xtext}.
 */
@ComposedChecks(validators = {
    ExpectationRules.class,
    AsnRules.class,
    SubnetRules.class,
    LimitRules.class,
    GatewayRules.class,
    PeeringRules.class,
    AddressingRules.class,
    AdvertisementRules.class,
    RouteMapRules.class,
    RoutingPitfallRules.class,
    HybridEdgeRules.class,
    LanguageRules.class,
    NamingRules.class,
    NetworkFolderNameRules.class })
public class RsnetValidator extends AbstractRsnetValidator {

  @Override
  protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
    return CheckTypeFirst.wrapper(instance, method);
  }
}
