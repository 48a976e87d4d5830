package org.routesrv.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;

import com.google.inject.Inject;
import org.routesrv.dsl.network.Community;
import org.routesrv.dsl.network.Ipv4Address;
import org.routesrv.dsl.network.Ipv4Prefix;

/**
 * Turns the literal tokens of RSNet into checked values. Every failure becomes a diagnostic on the
 * offending value, never a lexer error, so a typo in an address is reported where it was typed.
 */
public class RsnetValueConverters extends DefaultTerminalConverters {

  @Inject private QualifiedNameConverter qualifiedNameConverter;
  @Inject private KeywordAlternativeConverter nameConverter;
  @Inject private KeywordAlternativeConverter targetNameConverter;
  @Inject private IntConverter intConverter;

  /** A name is an ID or an unambiguous keyword; either way a leading '^' is dropped. */
  @ValueConverter(rule = "Name")
  public IValueConverter<String> Name() {
    return nameConverter;
  }

  /** A connector named where an expectation lists targets: a name, or a keyword other than a target's. */
  @ValueConverter(rule = "TargetName")
  public IValueConverter<String> TargetName() {
    return targetNameConverter;
  }

  @ValueConverter(rule = "QualifiedName")
  public IValueConverter<String> QualifiedName() {
    return qualifiedNameConverter;
  }

  @Override
  @ValueConverter(rule = "INT")
  public IValueConverter<Integer> INT() {
    return intConverter;
  }

  @ValueConverter(rule = "Prefix")
  public IValueConverter<Ipv4Prefix> Prefix() {
    return new PrefixConverter();
  }

  @ValueConverter(rule = "IpAddress")
  public IValueConverter<Ipv4Address> IpAddress() {
    return new IpAddressConverter();
  }

  @ValueConverter(rule = "Asn")
  public IValueConverter<Long> Asn() {
    return new AsnConverter();
  }

  @ValueConverter(rule = "Community")
  public IValueConverter<Community> Community() {
    return new CommunityConverter();
  }

  @ValueConverter(rule = "Duration")
  public IValueConverter<Long> Duration() {
    return new DurationConverter();
  }

  @ValueConverter(rule = "OnOff")
  public IValueConverter<Boolean> OnOff() {
    return new OnOffConverter();
  }
}
