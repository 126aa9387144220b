package io.keyadm.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;

/** YAML of the same tree that {@code -o json} prints. */
public final class YamlOutput {

  public void render(JsonNode node, PrintWriter out) {
    YAMLMapper mapper =
        new YAMLMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
    try {
      out.print(mapper.writeValueAsString(node));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }
}
