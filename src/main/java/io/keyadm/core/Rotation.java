package io.keyadm.core;

/**
 * The result of {@code key rotate}: the old key, its successor with the one-time secret, and what
 * was done.
 *
 * @param secretOnStdout whether the secret is delivered with the result (not to a file or command)
 * @param verified whether the successor's secret was used for an authenticated call
 * @param oldRevoked whether the old key was revoked (false with --keep-old or when that failed)
 */
public record Rotation(
    ApiKey old,
    CreatedKey successor,
    boolean secretOnStdout,
    boolean verified,
    boolean oldRevoked) {}
