package org.routesrv.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routesrv.dsl.testing.Repository;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A third-party LSP client: Neovim (Debian's 0.7) runs {@code rsnet.jar lsp} on a broken model and gets
 * the error at the right line. Runs where scripts/install-editor-clients.sh installed Neovim (profile
 * editor-clients).
 */
@Tag("editor-clients")
class NeovimClientTest {

  @TempDir Path folder;

  @Test
  void neovimReceivesTheErrorOnItsLine() throws Exception {
    Path model = folder.resolve("broken.rsnet");
    Files.writeString(model, "network nvim\n\nvnet hub {\n    address-space 10.0.0.0/16\n    subnet app 10.0.1.0/24\n}\n"
        + "vm v1 in hub.ap 10.0.1.4\n");
    Path script = folder.resolve("neovim-diagnostics.lua");
    try (InputStream lua = NeovimClientTest.class.getResourceAsStream("neovim-diagnostics.lua")) {
      Files.copy(lua, script);
    }
    Path out = folder.resolve("diagnostics.json");
    ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "--clean", "-c", "luafile " + script, model.toString())
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("nvim.log").toFile());
    nvim.environment().put("RSNET_NVIM_OUT", out.toString());
    nvim.environment().put("RSNET_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    nvim.environment().put("RSNET_JAR", Repository.cliJar().toString());
    Process process = nvim.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "nvim did not finish");
    assertEquals(0, process.exitValue(), Files.readString(folder.resolve("nvim.log")));

    JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    assertTrue(result.get("received").getAsBoolean(), "no diagnostics within 60 s: " + result);
    JsonArray diagnostics = result.getAsJsonArray("diagnostics");
    assertEquals(1, diagnostics.size(), diagnostics.toString());
    JsonObject error = diagnostics.get(0).getAsJsonObject();
    assertEquals(6, error.get("lnum").getAsInt(), "0-based line of 'vm v1 in hub.ap'");
    assertEquals(9, error.get("col").getAsInt(), "column of 'hub.ap'");
    assertEquals(1, error.get("severity").getAsInt(), "vim.diagnostic.severity.ERROR");
    assertTrue(error.get("message").getAsString().contains("no subnet named 'hub.ap'"), error.toString());
  }
}
