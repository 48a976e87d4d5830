package org.routesrv.dsl.setup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The tests that drive real editors (Neovim here, VS Code in vscode/, Eclipse in eclipse/) run only
 * where scripts/install-editor-clients.sh made their programs ready. A machine without them fails
 * here, with the command that installs them, instead of leaving those tests out unseen.
 */
class EditorClientsInstalledTest {

  @Test
  void theEditorsThatTheEndToEndTestsDriveAreInstalled() {
    Assumptions.assumeFalse(Boolean.getBoolean("rsnet.withoutEditors"),
        "-Drsnet.withoutEditors=true: the editor tests were left out on purpose");
    Path ready = Path.of(System.getProperty("user.home"), ".cache", "rsnet-ci", "editor-clients.ready");
    assertTrue(Files.exists(ready), ready + " is missing, so the Neovim, VS Code and Eclipse tests did not run: ./run-tests"
        + " installs their programs (or run sudo scripts/install-editor-clients.sh); to build without them on purpose,"
        + " pass -Drsnet.withoutEditors=true");
  }
}
