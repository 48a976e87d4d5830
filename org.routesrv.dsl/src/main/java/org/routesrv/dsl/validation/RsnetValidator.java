package org.routesrv.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The RSNet validator: one family of rules per concern, each rule citing the fact of
 * {@code shared/spec/azure-route-server.md} it enforces. Codes and default severities are in
 * {@link IssueCodes}; {@code docs/rules.md} documents every code.
 */
@ComposedChecks(validators = {
    ExpectationRules.class,
    AsnRules.class,
    SubnetRules.class,
    LimitRules.class,
    GatewayRules.class,
    PeeringRules.class,
    AddressingRules.class,
    RoutingPitfallRules.class,
    LanguageRules.class,
    NamingRules.class })
public class RsnetValidator extends AbstractRsnetValidator {
}
