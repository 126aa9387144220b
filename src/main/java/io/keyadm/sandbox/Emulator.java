package io.keyadm.sandbox;

/** One emulated API, answering requests below its base path from its stored state. */
public interface Emulator {

  /** Runs inside the state's transaction: nobody else reads or changes the state meanwhile. */
  SandboxResponse handle(SandboxRequest request, StateStore.Transaction state);
}
