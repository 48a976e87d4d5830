package org.routesrv.dsl.ide.commands;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * A command's answer that lsp4j sends as the JSON object it is, null members included. lsp4j's Gson
 * leaves out null members, so a bare {@link JsonElement} would reach the client without the
 * {@code "nextLink": null} and {@code "name": null} that {@code az} and {@code rsnet simulate --format json}
 * print; the adapter writes this one with nulls, as lsp4j itself writes {@code "result": null}.
 */
@JsonAdapter(JsonAnswer.WithNulls.class)
public record JsonAnswer(JsonElement json) {

  static final class WithNulls extends TypeAdapter<JsonAnswer> {

    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

    @Override
    public void write(JsonWriter out, JsonAnswer answer) throws IOException {
      boolean serializeNulls = out.getSerializeNulls();
      out.setSerializeNulls(true);
      try {
        ELEMENTS.write(out, answer.json());
      } finally {
        out.setSerializeNulls(serializeNulls);
      }
    }

    @Override
    public JsonAnswer read(JsonReader in) throws IOException {
      return new JsonAnswer(ELEMENTS.read(in));
    }
  }
}
