package io.keyadm.sandbox;

/** One emulated API, answering requests below its base path from its stored state. */
interface Emulator {

  /** The provider id and the file its state is kept in. */
  String name();

  SandboxResponse handle(SandboxRequest request, StateStore.Transaction state);
}
