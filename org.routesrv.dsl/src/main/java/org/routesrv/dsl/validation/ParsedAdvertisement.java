package org.routesrv.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.routesrv.dsl.network.Ipv4Prefix;
import org.routesrv.dsl.rsnet.Advertisement;
import org.routesrv.dsl.rsnet.Bgp;

/** An advertisement with its prefix parsed (null when it is invalid: the value converter reports that). */
public record ParsedAdvertisement(Advertisement advertisement, Ipv4Prefix prefix) {

  /** The advertise lines of a bgp block in order, each prefix parsed. */
  static List<ParsedAdvertisement> of(Bgp bgp) {
    List<ParsedAdvertisement> parsed = new ArrayList<>(bgp.getAdvertisements().size());
    for (Advertisement advertisement : bgp.getAdvertisements()) {
      parsed.add(new ParsedAdvertisement(advertisement, NetworkView.prefix(advertisement.getPrefix())));
    }
    return Collections.unmodifiableList(parsed);
  }
}
