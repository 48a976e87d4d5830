package org.routesrv.dsl.network;

/** A what-if event of a scenario. {@link #text()} is the event as RSNet writes it. */
public sealed interface ScenarioEvent {

  String text();

  enum FailureMode {
    CRASH, GRACEFUL
  }

  /** {@code fail NVA crash|graceful}. */
  record NvaFailure(String nva, FailureMode mode) implements ScenarioEvent {
    @Override
    public String text() {
      return "fail " + nva + " " + mode.name().toLowerCase();
    }
  }

  /** {@code fail ROUTESERVER instance first|second}. */
  record InstanceFailure(String routeServer, RouteServerInstance instance) implements ScenarioEvent {
    @Override
    public String text() {
      return "fail " + routeServer + " instance " + instance.name().toLowerCase();
    }
  }

  /** {@code restore NVA}: the NVA is up again; withdrawals and announcements of earlier events stay. */
  record NvaRestore(String nva) implements ScenarioEvent {
    @Override
    public String text() {
      return "restore " + nva;
    }
  }

  /** {@code withdraw NVA PREFIX}: the NVA stops advertising every route for PREFIX. */
  record Withdrawal(String nva, Ipv4Prefix prefix) implements ScenarioEvent {
    @Override
    public String text() {
      return "withdraw " + nva + " " + prefix;
    }
  }

  /** {@code advertise NVA PREFIX [options]}, resolved like an {@link Advertisement} of that NVA. */
  record Announcement(String nva, Advertisement advertisement) implements ScenarioEvent {
    @Override
    public String text() {
      Advertisement a = advertisement;
      StringBuilder text = new StringBuilder("advertise ").append(nva).append(' ').append(a.prefix())
          .append(" next-hop ").append(a.nextHop()).append(" as-path ").append(a.asPath());
      if (!a.communities().isEmpty()) {
        text.append(" community ").append(String.join(", ", a.communities().stream().map(Community::toString).toList()));
      }
      if (a.toPeer() != null) {
        text.append(" to ").append(a.toPeer());
      }
      if (a.toInstance() != null) {
        text.append(" instance ").append(a.toInstance().keyword());
      }
      if (a.whenLearned() != null) {
        text.append(" when-learned ").append(a.whenLearned())
            .append(a.whenLearnedFrom() == null ? "" : " from " + a.whenLearnedFrom());
      }
      return text.toString();
    }
  }

  /** {@code set ROUTESERVER branch-to-branch on|off} or {@code set ROUTESERVER routing-preference ...}; null: unchanged. */
  record RouteServerSetting(String routeServer, Boolean branchToBranch, RoutingPreference routingPreference)
      implements ScenarioEvent {
    @Override
    public String text() {
      return "set " + routeServer + (branchToBranch != null ? " branch-to-branch " + (branchToBranch ? "on" : "off")
          : " routing-preference " + routingPreference.keyword());
    }
  }

  /** {@code attach ROUTESERVER import MAP from PEER} or {@code export MAP to PEER}: replaces the map there, if any. */
  record MapAttachment(String routeServer, boolean export, RouteMap map, String peer) implements ScenarioEvent {
    @Override
    public String text() {
      return "attach " + routeServer + (export ? " export " : " import ") + map.name() + (export ? " to " : " from ")
          + peer;
    }
  }

  /** {@code detach ROUTESERVER import from PEER} or {@code export to PEER}. */
  record MapDetachment(String routeServer, boolean export, String peer) implements ScenarioEvent {
    @Override
    public String text() {
      return "detach " + routeServer + (export ? " export to " : " import from ") + peer;
    }
  }
}
