package io.keyadm.masumi;

import io.keyadm.testing.Api;
import io.keyadm.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock Masumi server and keyadm pointed at it with an admin token in the environment. */
abstract class MasumiTestBase extends ApiTest {

  MasumiTestBase() {
    super(Api.MASUMI);
  }

  @BeforeEach
  void giveTheToken() {
    cli.env("KEYADM_TOKEN", MasumiFixtures.TOKEN);
  }
}
