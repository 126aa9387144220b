package io.keyadm.output;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.keyadm.core.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;

/** Pretty JSON whose strings escape every character a terminal would act on. */
public final class JsonOutput {

  private final ObjectMapper mapper;

  public JsonOutput(ObjectMapper base) {
    this.mapper = base.copy().enable(SerializationFeature.INDENT_OUTPUT);
    this.mapper.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
  }

  public void render(JsonNode node, PrintWriter out) {
    try {
      out.println(mapper.writeValueAsString(node));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Escapes C1 controls, DEL and bidi/format characters as \\uXXXX, beyond JSON's own C0 escapes.
   */
  static final class TerminalSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT && TerminalText.isUnsafe((char) ch)) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
