package io.keyadm.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * The JSON output filtered with a jq expression ({@code --jq}), as gh does it: a string result
 * prints raw, any other result as compact JSON, one result a line. Only a run with {@code --jq}
 * loads this class and the jq library.
 */
public final class JqOutput implements Renderer {

  private final JsonQuery query;
  private final Scope scope;
  private final ObjectMapper compact;

  /** Compiles the expression; a bad one is a usage error with jq's message. */
  public JqOutput(String expression, ObjectMapper mapper) {
    try {
      this.query = JsonQuery.compile(expression, Versions.JQ_1_6);
    } catch (JsonQueryException e) {
      throw KeyadmException.usage("invalid --jq expression: " + oneLine(e.getMessage()));
    }
    Scope root = Scope.newEmptyScope();
    BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, root);
    this.scope = Scope.newChildScope(root);
    this.compact = mapper.copy();
    this.compact.getFactory().setCharacterEscapes(new JsonOutput.TerminalSafeEscapes());
  }

  @Override
  public void render(Listing listing, PrintWriter out) {
    List<JsonNode> results = new ArrayList<>();
    try {
      query.apply(scope, listing.json(), results::add);
    } catch (JsonQueryException e) {
      throw KeyadmException.usage("--jq: " + oneLine(e.getMessage()));
    }
    for (JsonNode r : results) {
      if (r.isTextual()) out.println(TerminalText.safe(r.asText()));
      else out.println(write(r));
    }
  }

  private String write(JsonNode node) {
    try {
      return compact.writeValueAsString(node);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
