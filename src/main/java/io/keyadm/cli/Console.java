package io.keyadm.cli;

/** The operator's terminal, if there is one: asking for confirmation and knowing its width. */
public interface Console {

  /** No terminal: a script's run, a build step, a test. */
  Console NONE =
      new Console() {
        @Override
        public boolean isInteractive() {
          return false;
        }

        @Override
        public int width() {
          return 0;
        }

        @Override
        public boolean confirm(String question) {
          return false;
        }
      };

  /** Whether a person can answer a prompt (stdin and stdout are a terminal). */
  boolean isInteractive();

  /** The width of the terminal stdout goes to, or 0 when stdout is not a terminal. */
  int width();

  /** Asks a yes/no question; only called when {@link #isInteractive()}. */
  boolean confirm(String question);
}
