package io.keyadm.sandbox;

import static io.keyadm.sandbox.SandboxHttp.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.provider.nft.sandbox.NftSandbox;
import io.keyadm.provider.pers.sandbox.PersSandbox;
import io.keyadm.sandbox.SandboxHttp.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each real-service behaviour of api/*.md that the sandbox must reproduce, one by one. */
class SandboxFidelityTest {

  static final List<SandboxPart> PARTS =
      List.of(new MasumiSandbox(), new PersSandbox(), new NftSandbox());

  @TempDir Path state;
  SandboxServer server;

  @BeforeEach
  void start() {
    server = SandboxServer.start("127.0.0.1", 0, state, 0, PARTS);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Nested
  class Masumi {
    final Map<String, String> admin = Map.of("token", MasumiSandbox.ADMIN_TOKEN);

    Reply call(String method, String path, Map<String, String> headers, String body) {
      return send(method, server.baseUrl("masumi") + path, headers, body);
    }

    JsonNode create(String body) {
      Reply r = call("POST", "/api-key", admin, body);
      assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
      return r.data();
    }

    @Test
    void auth_is_the_token_header_only_and_every_failure_is_a_401_told_apart_by_its_message() {
      assertThat(call("GET", "/api-key-status", Map.of(), null))
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo(401);
                assertThat(r.message()).isEqualTo("Unauthorized, no authentication token provided");
              });
      assertThat(
              call(
                      "GET",
                      "/api-key-status",
                      Map.of("Authorization", "Bearer " + MasumiSandbox.ADMIN_TOKEN),
                      null)
                  .message())
          .isEqualTo("Unauthorized, no authentication token provided");
      assertThat(
              call("GET", "/api-key-status", Map.of("token", "masumi-payment-wrong"), null)
                  .message())
          .isEqualTo("Unauthorized, invalid authentication token provided");
      String readToken = create("{\"UsageCredits\":[]}").get("token").asText();
      Reply notAdmin = call("GET", "/api-key", Map.of("token", readToken), null);
      assertThat(notAdmin.status()).isEqualTo(401);
      assertThat(notAdmin.message()).isEqualTo("Unauthorized, admin access required");
    }

    @Test
    void a_revoked_key_is_refused_as_revoked() {
      JsonNode k = create("{\"UsageCredits\":[]}");
      call("DELETE", "/api-key", admin, "{\"id\":\"" + k.get("id").asText() + "\"}");

      Reply r = call("GET", "/api-key-status", Map.of("token", k.get("token").asText()), null);

      assertThat(r.status()).isEqualTo(401);
      assertThat(r.message()).isEqualTo("Unauthorized, API key is revoked");
    }

    @Test
    void envelopes_are_lower_case_success_and_error_objects() {
      Reply ok = call("GET", "/api-key-status", admin, null);
      Reply bad = call("GET", "/api-key?take=500", admin, null);

      assertThat(ok.body().get("status").asText()).isEqualTo("success");
      assertThat(ok.data().get("token").asText()).isEqualTo("*****0001");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body().get("status").asText()).isEqualTo("error");
    }

    @Test
    void the_list_cursor_is_inclusive_and_take_1_never_advances() {
      for (int i = 0; i < 3; i++) create("{\"UsageCredits\":[]}");
      List<String> all = ids(call("GET", "/api-key?take=10", admin, null));
      assertThat(all).hasSize(4).isSorted();

      assertThat(ids(call("GET", "/api-key?take=2&cursorId=" + all.get(1), admin, null)))
          .containsExactly(all.get(1), all.get(2));
      assertThat(ids(call("GET", "/api-key?take=1&cursorId=" + all.get(1), admin, null)))
          .containsExactly(all.get(1));
      assertThat(ids(call("GET", "/api-key?take=10&cursorId=unknown", admin, null))).isEmpty();
      assertThat(ids(call("GET", "/api-key?limit=1", admin, null))).hasSize(4);
    }

    @Test
    void post_wants_usage_limited_as_a_string_and_amounts_as_strings() {
      Reply bool = call("POST", "/api-key", admin, "{\"UsageCredits\":[],\"usageLimited\":false}");
      Reply number =
          call("POST", "/api-key", admin, "{\"UsageCredits\":[{\"unit\":\"\",\"amount\":5}]}");
      Reply missing = call("POST", "/api-key", admin, "{}");

      assertThat(bool.status()).isEqualTo(400);
      assertThat(bool.message()).isEqualTo("usageLimited: Expected string, received boolean");
      assertThat(number.message())
          .isEqualTo("UsageCredits.0.amount: Expected string, received number");
      assertThat(missing.message()).isEqualTo("UsageCredits: Required");
    }

    @Test
    void amounts_negative_give_400_and_non_numeric_give_500() {
      assertThat(
              call(
                      "POST",
                      "/api-key",
                      admin,
                      "{\"UsageCredits\":[{\"unit\":\"\",\"amount\":\"-1\"}]}")
                  .message())
          .isEqualTo("Invalid amount");
      assertThat(
              call(
                      "POST",
                      "/api-key",
                      admin,
                      "{\"UsageCredits\":[{\"unit\":\"\",\"amount\":\"abc\"}]}")
                  .status())
          .isEqualTo(500);
    }

    @Test
    void an_admin_key_must_be_unlimited() {
      Reply r = call("POST", "/api-key", admin, "{\"UsageCredits\":[],\"canAdmin\":true}");

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.message()).isEqualTo("Admin API keys cannot have usage limits");
      assertThat(
              create("{\"UsageCredits\":[],\"canAdmin\":true,\"usageLimited\":\"false\"}")
                  .get("token")
                  .asText())
          .startsWith("masumi-payment-admin-");
    }

    @Test
    void cardano_chain_ids_are_refused_in_requests_but_shown_in_responses() {
      assertThat(
              call(
                      "POST",
                      "/api-key",
                      admin,
                      "{\"UsageCredits\":[],\"ChainIdLimit\":[\"cardano:mainnet\"]}")
                  .status())
          .isEqualTo(400);
      JsonNode k =
          create(
              "{\"UsageCredits\":[],\"NetworkLimit\":[\"Preprod\"],\"ChainIdLimit\":[\"eip155:1\"]}");
      assertThat(k.get("ChainIdLimit").toString()).isEqualTo("[\"eip155:1\",\"cardano:preprod\"]");
    }

    @Test
    void the_token_is_plaintext_only_in_the_create_response() {
      JsonNode k = create("{\"UsageCredits\":[{\"unit\":\"\",\"amount\":\"100\"}]}");
      assertThat(k.get("token").asText()).matches("masumi-payment-[a-z0-9]{24}");
      assertThat(k.get("RemainingUsageCredits").get(0).get("amount").isTextual()).isTrue();
      Reply list = call("GET", "/api-key?take=100", admin, null);
      for (JsonNode listed : list.data().get("ApiKeys"))
        assertThat(listed.get("token").asText()).startsWith("*****");
    }

    @Test
    void patch_re_activates_and_re_limits_what_it_is_not_told() {
      JsonNode k = create("{\"UsageCredits\":[],\"usageLimited\":\"false\"}");
      String id = k.get("id").asText();
      call(
          "PATCH",
          "/api-key",
          admin,
          "{\"id\":\"" + id + "\",\"status\":\"Revoked\",\"usageLimited\":false}");

      Reply r =
          call(
              "PATCH",
              "/api-key",
              admin,
              "{\"id\":\""
                  + id
                  + "\",\"UsageCreditsToAddOrRemove\":[{\"unit\":\"\",\"amount\":\"5\"}]}");

      assertThat(r.data().get("status").asText()).isEqualTo("Active");
      assertThat(r.data().get("usageLimited").asBoolean()).isTrue();
      assertThat(r.data().get("RemainingUsageCredits").toString())
          .isEqualTo("[{\"unit\":\"\",\"amount\":\"5\"}]");
    }

    @Test
    void patch_wants_a_boolean_and_a_known_id_and_keeps_credits_non_negative() {
      String id =
          create("{\"UsageCredits\":[{\"unit\":\"\",\"amount\":\"5\"}]}").get("id").asText();

      assertThat(
              call("PATCH", "/api-key", admin, "{\"id\":\"" + id + "\",\"usageLimited\":\"true\"}")
                  .message())
          .isEqualTo("usageLimited: Expected boolean, received string");
      assertThat(
              call("PATCH", "/api-key", admin, "{\"id\":\"nope\",\"usageLimited\":true}").status())
          .isEqualTo(404);
      assertThat(
              call(
                      "PATCH",
                      "/api-key",
                      admin,
                      "{\"id\":\""
                          + id
                          + "\",\"UsageCreditsToAddOrRemove\":[{\"unit\":\"\",\"amount\":\"-6\"}]}")
                  .message())
          .isEqualTo("Invalid amount");
      Reply zero =
          call(
              "PATCH",
              "/api-key",
              admin,
              "{\"id\":\""
                  + id
                  + "\",\"UsageCreditsToAddOrRemove\":[{\"unit\":\"\",\"amount\":\"-5\"}]}");
      assertThat(zero.data().get("RemainingUsageCredits")).isEmpty();
    }

    @Test
    void demoting_an_admin_without_networks_leaves_it_with_none() {
      String id =
          create("{\"UsageCredits\":[],\"canAdmin\":true,\"usageLimited\":\"false\"}")
              .get("id")
              .asText();

      Reply r =
          call(
              "PATCH",
              "/api-key",
              admin,
              "{\"id\":\""
                  + id
                  + "\",\"canAdmin\":false,\"usageLimited\":false,\"status\":\"Active\"}");

      assertThat(r.data().get("NetworkLimit")).isEmpty();
    }

    @Test
    void delete_reads_a_json_body_soft_deletes_repeats_and_fails_500_on_unknown_ids() {
      String id = create("{\"UsageCredits\":[]}").get("id").asText();

      assertThat(call("DELETE", "/api-key?id=" + id, admin, null).status()).isEqualTo(400);
      Reply first = call("DELETE", "/api-key", admin, "{\"id\":\"" + id + "\"}");
      Reply again = call("DELETE", "/api-key", admin, "{\"id\":\"" + id + "\"}");
      Reply unknown = call("DELETE", "/api-key", admin, "{\"id\":\"cmnope\"}");

      assertThat(first.data().get("status").asText()).isEqualTo("Revoked");
      assertThat(again.status()).isEqualTo(200);
      assertThat(unknown.status()).isEqualTo(500);
      assertThat(unknown.message()).isEqualTo("Internal Server Error");
      assertThat(ids(call("GET", "/api-key?take=100", admin, null))).doesNotContain(id);
      assertThat(
              call(
                      "PATCH",
                      "/api-key",
                      admin,
                      "{\"id\":\"" + id + "\",\"status\":\"Revoked\",\"usageLimited\":true}")
                  .status())
          .isEqualTo(200);
    }

    @Test
    void rpc_keys_use_limit_an_envelope_and_refuse_an_empty_cursor() {
      Reply r = call("GET", "/rpc-api-keys?limit=1", admin, null);
      assertThat(r.data().get("RpcProviderKeys")).hasSize(1);
      assertThat(r.data().get("RpcProviderKeys").get(0).get("rpcProviderApiKey").asText())
          .doesNotStartWith("*");
      assertThat(call("GET", "/rpc-api-keys?cursorId=", admin, null).status()).isEqualTo(400);
    }

    @Test
    void a_trailing_slash_is_accepted() {
      assertThat(call("GET", "/api-key-status/", admin, null).status()).isEqualTo(200);
    }

    private List<String> ids(Reply r) {
      List<String> ids = new ArrayList<>();
      r.data().get("ApiKeys").forEach(k -> ids.add(k.get("id").asText()));
      return ids;
    }
  }

  @Test
  void failed_masumi_auth_is_held_back_up_to_the_configured_delay() {
    SandboxServer slow = SandboxServer.start("127.0.0.1", 0, state.resolve("slow"), 300, PARTS);
    try {
      long start = System.nanoTime();
      for (int i = 0; i < 4; i++)
        send(
            "GET",
            slow.baseUrl("masumi") + "/api-key-status",
            Map.of("token", "wrong-token-x"),
            null);
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(ms).isLessThan(4 * 300 + 1000);
    } finally {
      slow.stop();
    }
  }

  @Nested
  class Pers {
    final Map<String, String> admin =
        Map.of(
            "x-project-key",
            PersSandbox.PROJECT_KEY,
            "Authorization",
            "Bearer " + PersSandbox.ADMIN_JWT);

    Reply call(String method, String path, Map<String, String> headers, String body) {
      return send(method, server.baseUrl("pers") + path, headers, body);
    }

    @Test
    void the_project_key_is_required_and_errors_are_rfc7807_with_a_correlation_id() {
      Reply r = call("GET", "/tenants/public", Map.of(), null);

      assertThat(r.status()).isEqualTo(401);
      assertThat(r.body().get("code").asText()).isEqualTo("PROJECT_KEY_REQUIRED");
      assertThat(r.body().get("category").asText()).isEqualTo("SECURITY");
      assertThat(r.body().get("correlationId").asText()).startsWith("req-");
    }

    @Test
    void a_missing_or_unknown_admin_jwt_gets_nestjs_401() {
      Reply r = call("GET", "/api-keys", Map.of("x-project-key", PersSandbox.PROJECT_KEY), null);

      assertThat(r.status()).isEqualTo(401);
      assertThat(r.body().toString())
          .isEqualTo(
              "{\"statusCode\":401,\"message\":\"Unauthorized\",\"error\":\"Unauthorized\"}");
    }

    @Test
    void revoked_keys_are_hidden_unless_asked_and_type_accepts_only_tenant_system_jwt() {
      assertThat(call("GET", "/api-keys", admin, null).body()).hasSize(1);
      assertThat(call("GET", "/api-keys?includeRevoked=true", admin, null).body()).hasSize(2);
      assertThat(call("GET", "/api-keys?type=ADMIN_JWT_ACCESS_TOKEN", admin, null).status())
          .isEqualTo(400);
    }

    @Test
    void a_created_key_shows_its_private_key_once_and_revoking_is_permanent() {
      Reply created = call("POST", "/api-keys", admin, "{\"name\":\"ci\"}");
      String id = created.body().get("id").asText();

      assertThat(created.status()).isEqualTo(201);
      assertThat(created.body().get("privateKey").asText()).startsWith("eyJ");
      assertThat(call("GET", "/api-keys", admin, null).body().toString())
          .doesNotContain("privateKey");
      Reply revoked = call("DELETE", "/api-keys/" + id, admin, null);
      assertThat(revoked.body().get("valid").asBoolean()).isTrue();
      assertThat(revoked.body().get("apiKey").get("isRevoked").asBoolean()).isTrue();
      assertThat(
              call("DELETE", "/api-keys/00000000-0000-4000-8000-000000000000", admin, null)
                  .status())
          .isEqualTo(404);
      assertThat(call("POST", "/api-keys", admin, "{}").status()).isEqualTo(400);
    }

    @Test
    void a_new_tenant_gets_one_time_secrets_and_its_jwt_administers_only_it() {
      Reply t =
          call(
              "POST",
              "/tenants",
              Map.of("x-project-key", PersSandbox.PROJECT_KEY),
              "{\"projectName\":\"Acme\"}");
      String jwt = t.body().get("jwt").asText();
      String projectKey = t.body().get("projectApiKey").asText();

      assertThat(t.status()).isEqualTo(201);
      assertThat(t.body().get("apiPrivateKey").asText()).isNotEmpty();
      assertThat(
              call(
                      "GET",
                      "/api-keys",
                      Map.of("x-project-key", projectKey, "Authorization", "Bearer " + jwt),
                      null)
                  .status())
          .isEqualTo(200);
      assertThat(
              call(
                      "GET",
                      "/api-keys",
                      Map.of(
                          "x-project-key",
                          PersSandbox.PROJECT_KEY,
                          "Authorization",
                          "Bearer " + jwt),
                      null)
                  .status())
          .isEqualTo(401);
      assertThat(
              call("GET", "/tenants/public", Map.of("x-project-key", projectKey), null)
                  .body()
                  .toString())
          .doesNotContain("jwt");
      Reply again =
          call(
              "POST",
              "/tenants",
              Map.of("x-project-key", PersSandbox.PROJECT_KEY),
              "{\"projectName\":\"acme\"}");
      assertThat(again.status()).isEqualTo(422);
      assertThat(again.body().get("category").asText()).isEqualTo("DOMAIN_RULE");
    }

    @Test
    void tenant_update_validates_types_and_jwt_tokens_need_is_testnet() {
      assertThat(
              call("PUT", "/tenants", admin, "{\"allowJWTForUnauthenticatedUsers\":\"yes\"}")
                  .status())
          .isEqualTo(400);
      assertThat(
              call("PUT", "/tenants", admin, "{\"projectDescription\":\"new\"}")
                  .body()
                  .get("projectDescription")
                  .asText())
          .isEqualTo("new");
      assertThat(call("POST", "/tenants/jwt-tokens", admin, "{}").status()).isEqualTo(400);
      assertThat(
              call("POST", "/tenants/jwt-tokens", admin, "{\"isTestnet\":true}")
                  .body()
                  .get("jwt")
                  .asText())
          .startsWith("eyJ");
      assertThat(call("GET", "/tenants/login-token", admin, null).body().isTextual()).isTrue();
    }
  }

  @Nested
  class Nft {
    final Map<String, String> owner = Map.of("Authorization", "Bearer " + NftSandbox.OWNER_TOKEN);

    Reply call(String method, String path, Map<String, String> headers, String body) {
      return send(method, server.baseUrl("nft") + path, headers, body);
    }

    @Test
    void a_missing_token_is_401_and_a_user_role_on_an_owner_route_is_403() {
      assertThat(call("GET", "/api-keys/my", Map.of(), null).status()).isEqualTo(401);
      assertThat(
              call(
                      "GET",
                      "/api-keys/67aaf3d7ac6656e91a4a9845",
                      Map.of("Authorization", "Bearer " + NftSandbox.USER_TOKEN),
                      null)
                  .status())
          .isEqualTo(403);
    }

    @Test
    void expiresAT_is_honoured_and_the_wrong_spelling_is_ignored() {
      Reply right =
          call("POST", "/api-keys", owner, "{\"expiresAT\":\"2099-01-01T00:00:00.000Z\"}");
      Reply wrong =
          call("POST", "/api-keys", owner, "{\"expiresAt\":\"2099-01-01T00:00:00.000Z\"}");

      assertThat(right.body().get("expiresAt").asText()).isEqualTo("2099-01-01T00:00:00Z");
      assertThat(wrong.body().has("expiresAt")).isFalse();
      assertThat(right.body().get("apiKey").asText()).isEqualTo(right.body().get("key").asText());
    }

    @Test
    void secrets_come_back_on_every_read_and_delete_is_final() {
      Reply list = call("GET", "/api-keys/my", owner, null);
      String id = list.body().get(0).get("_id").asText();

      assertThat(list.body().get(0).get("apiKey").asText()).startsWith("nftk_");
      assertThat(call("DELETE", "/api-keys/" + id, owner, null).body().get("message").asText())
          .isEqualTo("Api key deleted successfully");
      assertThat(call("GET", "/api-keys/" + id, owner, null).status()).isEqualTo(404);
      assertThat(call("DELETE", "/api-keys/" + id, owner, null).status()).isEqualTo(404);
    }
  }

  @Test
  void state_survives_a_restart_and_reset_clears_it() throws Exception {
    Map<String, String> admin = Map.of("token", MasumiSandbox.ADMIN_TOKEN);
    send("POST", server.baseUrl("masumi") + "/api-key", admin, "{\"UsageCredits\":[]}");
    server.stop();
    server = SandboxServer.start("127.0.0.1", 0, state, 0, PARTS);

    assertThat(
            send("GET", server.baseUrl("masumi") + "/api-key", admin, null).data().get("ApiKeys"))
        .hasSize(2);
    SandboxServer.reset(state);
    assertThat(
            send("GET", server.baseUrl("masumi") + "/api-key", admin, null).data().get("ApiKeys"))
        .hasSize(1);
  }

  @Test
  void it_listens_on_loopback_only() {
    assertThatThrownBy(() -> SandboxServer.start("0.0.0.0", 0, state, 0, PARTS))
        .hasMessageContaining("loopback");
  }
}
