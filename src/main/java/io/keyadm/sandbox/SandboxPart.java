package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One provider's part of the sandbox: where it is mounted, how it answers, and what it starts with.
 */
public interface SandboxPart {
  /** The provider id; also the name of its state file. */
  String id();

  /** The path below which its API is mounted, e.g. "/masumi/api/v1". */
  String basePath();

  /** Fills a new, empty state: the admin credential and a few objects to look at. */
  void seed(ObjectNode state);

  /**
   * The emulator answering requests below basePath (authFailureDelayMillis: the most a failed
   * authentication is held back; 0 = none).
   */
  Emulator emulator(ObjectMapper mapper, long authFailureDelayMillis);

  /**
   * The fixed admin credentials a built-in profile of this provider uses, keyed by config-file key
   * ("token", "project-key"), in the order `sandbox serve` prints them.
   */
  Map<String, String> credentials();
}
