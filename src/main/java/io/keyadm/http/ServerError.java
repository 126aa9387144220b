package io.keyadm.http;

/** What a provider's error envelope said: the message to show and the request id support needs. */
public record ServerError(String message, String requestId) {}
