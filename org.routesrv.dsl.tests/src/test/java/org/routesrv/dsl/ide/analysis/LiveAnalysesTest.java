package org.routesrv.dsl.ide.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.routesrv.dsl.ide.RsnetIdeSetup;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.testing.ModelFixture;

import com.google.inject.Injector;

/** Simulation for the editor, off the typing path (issue 22). */
class LiveAnalysesTest {

  /**
   * A hover, lens or command that a newer change cancelled (Xtext's request queue cancels every
   * request before a change) stops before simulating the version that is gone.
   */
  @Test
  void aRequestCancelledByANewerChangeDoesNotSimulate() {
    Injector language = new RsnetIdeSetup().createInjectorAndDoEMFRegistration();
    Model model = language.getInstance(ModelFixture.class).parseClean("""
        network stale
        vnet hub {
            address-space 10.0.0.0/16
            subnet RouteServerSubnet 10.0.1.0/26
        }
        route-server ars in hub
        """);
    LiveAnalyses analyses = language.getInstance(LiveAnalyses.class);
    Throwable cancelled = assertThrows(Throwable.class, () -> analyses.of(model.eResource(), () -> true));
    assertTrue(new OperationCanceledManager().isOperationCanceledException(cancelled), cancelled.toString());
    assertEquals(0, analyses.distinctAnalysesServed("stale"));
    assertInstanceOf(LiveAnalysis.Available.class, analyses.of(model.eResource(), CancelIndicator.NullImpl));
    assertEquals(1, analyses.distinctAnalysesServed("stale"));
  }
}
