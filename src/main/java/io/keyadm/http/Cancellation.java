package io.keyadm.http;

import io.keyadm.core.KeyadmException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;

/**
 * Lets the operator stop a command's HTTP calls from another thread (Ctrl-C in {@code keyadm
 * shell}, where the JVM lives on): the call in flight is cancelled and the command fails as
 * interrupted.
 */
public final class Cancellation {

  private final Set<Call> running = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;

  /** Cancels the calls in flight and every later one. */
  public void cancel() {
    cancelled = true;
    running.forEach(Call::cancel);
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** The outermost interceptor of a client: tracks each call while it runs. */
  Interceptor interceptor() {
    return chain -> {
      Call call = chain.call();
      running.add(call);
      try {
        if (cancelled) call.cancel();
        return chain.proceed(chain.request());
      } catch (IOException e) {
        if (cancelled) throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
        throw e;
      } finally {
        running.remove(call);
      }
    };
  }
}
