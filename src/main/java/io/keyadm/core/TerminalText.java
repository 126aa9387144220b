package io.keyadm.core;

/**
 * Makes server-supplied text safe to print on a terminal: no escape sequences (colours, OSC 8
 * links, OSC 52 clipboard writes), no carriage returns or other control characters, no
 * bidirectional overrides that reorder what the operator sees.
 */
public final class TerminalText {

  private static final char REPLACEMENT = '?';

  private TerminalText() {}

  public static String safe(String text) {
    if (text == null) return "";
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
        sb.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : REPLACEMENT);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Server or tool text as one bounded line: runs of white space (line ends included) become one
   * space, unsafe characters are neutralised, and what is beyond {@code max} characters is cut and
   * counted, so a 16 KB stack trace in an error body stays a readable error line.
   */
  public static String line(String text, int max) {
    if (text == null) return "";
    String one = safe(text.strip().replaceAll("\\s+", " ")).replaceAll(" {2,}", " ");
    if (one.length() <= max) return one;
    int cut = Character.isHighSurrogate(one.charAt(max - 1)) ? max - 1 : max;
    return one.substring(0, cut) + "… (" + (one.length() - cut) + " more characters)";
  }

  /** C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text. */
  public static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xfeff;
  }
}
