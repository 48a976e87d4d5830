package org.routesrv.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.routesrv.dsl.ide.analysis.LiveAnalyses;
import org.routesrv.dsl.ide.analysis.LiveAnalysis;
import org.routesrv.dsl.ide.analysis.LiveAnalysis.Available;
import org.routesrv.dsl.ide.commands.RsnetCommands;
import org.routesrv.dsl.network.RouteServerInstance;
import org.routesrv.dsl.rsnet.Element;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Nva;
import org.routesrv.dsl.rsnet.RouteServer;
import org.routesrv.dsl.simulation.AdvertisedRoute;
import org.routesrv.dsl.simulation.LearnedRoute;
import org.routesrv.dsl.simulation.RouteServerPeer;
import org.routesrv.dsl.simulation.Simulation;
import org.routesrv.dsl.workspace.NetworkFiles;

import com.google.inject.Inject;

/**
 * A line of simulation results above each Route Server ("2 of 2 sessions up · 4 routes learned") and
 * each NVA that peers with one; clicking it opens the simulation report.
 */
public class SimulationCodeLenses implements ICodeLensService {

  @Inject private LiveAnalyses analyses;
  @Inject private DocumentExtensions documents;

  @Override
  public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
      CancelIndicator cancelIndicator) {
    Model model = NetworkFiles.rootOf(resource);
    if (model == null) {
      return List.of();
    }
    List<EObject> subjects = new ArrayList<>();
    for (Element element : model.getElements()) {
      if (element instanceof RouteServer || element instanceof Nva nva && nva.getBgp() != null) {
        subjects.add(element);
      }
    }
    if (subjects.isEmpty()) {
      return List.of();
    }
    LiveAnalysis analysis = analyses.of(resource, cancelIndicator);
    Simulation simulation = analysis instanceof Available available ? available.analysis().baseline() : null;
    List<CodeLens> lenses = new ArrayList<>();
    for (EObject subject : subjects) {
      String title = simulation == null ? "simulation unavailable: the network has errors"
          : subject instanceof RouteServer server ? routeServerSummary(simulation, server.getName())
          : nvaSummary(simulation, ((Nva) subject).getName());
      if (title != null) {
        Range range = documents.newLocation(subject).getRange();
        Command command = new Command(title, RsnetCommands.SIMULATION_REPORT, List.of(params.getTextDocument().getUri()));
        lenses.add(new CodeLens(new Range(range.getStart(), range.getStart()), command, null));
      }
    }
    return lenses;
  }

  /** Sessions up, and the routes Route Server accepted from all its peers. */
  static String routeServerSummary(Simulation simulation, String routeServer) {
    List<RouteServerPeer> peers = simulation.peers(routeServer);
    if (peers.isEmpty()) {
      return "no NVA peers";
    }
    int up = 0;
    int sessions = 0;
    int learned = 0;
    int filtered = 0;
    for (RouteServerPeer peer : peers) {
      sessions += peer.sessions().size();
      up += (int) peer.sessions().stream().filter(session -> session.established()).count();
      RouteCount routes = RouteCount.of(peer);
      learned += routes.accepted();
      filtered += routes.filtered();
    }
    return count(up, sessions, "session") + " up · " + plural(learned, "route") + " learned"
        + (filtered > 0 ? " · " + filtered + " filtered" : "");
  }

  /** Per Route Server the NVA peers with: sessions up, routes accepted from it, routes sent to it. */
  static String nvaSummary(Simulation simulation, String nva) {
    List<String> parts = new ArrayList<>();
    for (RouteServerPeer peer : simulation.peeringsOf(nva)) {
      int up = (int) peer.sessions().stream().filter(session -> session.established()).count();
      RouteCount routes = RouteCount.of(peer);
      Set<String> received = new HashSet<>();
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        for (AdvertisedRoute route : simulation.advertisedRoutes(peer.routeServer(), nva, instance)) {
          received.add(route.prefix().toString());
        }
      }
      parts.add(peer.routeServer() + ": " + count(up, peer.sessions().size(), "session") + " up · "
          + plural(routes.accepted(), "route") + " accepted"
          + (routes.filtered() > 0 ? " · " + routes.filtered() + " filtered" : "")
          + " · " + plural(received.size(), "route") + " received");
    }
    return parts.isEmpty() ? null : String.join(" | ", parts);
  }

  /** An NVA's announced prefixes, counted once whatever the number of instances that learned them. */
  private record RouteCount(int accepted, int filtered) {
    static RouteCount of(RouteServerPeer peer) {
      Set<String> accepted = new HashSet<>();
      Set<String> filtered = new HashSet<>();
      for (RouteServerInstance instance : RouteServerInstance.values()) {
        // Over an Idle session nothing is learned, whatever list-learned-routes says was sent.
        if (peer.session(instance) == null || !peer.session(instance).established()) {
          continue;
        }
        for (LearnedRoute route : peer.learned(instance)) {
          (route.filtered() == null ? accepted : filtered).add(route.route().prefix().toString());
        }
        for (LearnedRoute route : peer.rejected(instance)) {
          filtered.add(route.route().prefix().toString());
        }
      }
      filtered.removeAll(accepted);
      return new RouteCount(accepted.size(), filtered.size());
    }
  }

  private static String count(int part, int whole, String noun) {
    return part == whole ? plural(whole, noun) : part + " of " + plural(whole, noun);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
