package io.keyadm.core;

/** A freshly created key together with its one-time secret, which the server never shows again. */
public record CreatedKey(ApiKey key, String secret) {}
