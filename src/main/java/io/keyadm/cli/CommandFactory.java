package io.keyadm.cli;

import io.keyadm.config.ConfigStore;
import io.keyadm.config.CredentialChain;
import io.keyadm.http.Redactor;
import io.keyadm.provider.Providers;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Hands each command the parts of the run it declares in its constructor (streams, output,
 * connection, config, ...), as gh's Factory does; everything else picocli makes itself.
 */
final class CommandFactory implements IFactory {

  private final Services services;
  private final IFactory fallback = CommandLine.defaultFactory();
  private final Map<Class<?>, Supplier<?>> parts;

  CommandFactory(Services services) {
    this.services = services;
    this.parts =
        Map.ofEntries(
            Map.entry(Services.class, () -> services),
            Map.entry(Streams.class, services::streams),
            Map.entry(GlobalOptions.class, services::options),
            Map.entry(Output.class, services::output),
            Map.entry(Connection.class, services::connection),
            Map.entry(ProfileSelection.class, services::selection),
            Map.entry(ConfigStore.class, services::config),
            Map.entry(CredentialChain.class, services::chain),
            Map.entry(Redactor.class, services::redactor),
            Map.entry(Providers.class, services::providers),
            Map.entry(Failures.class, () -> new Failures(new ErrorReporter(services))));
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == GlobalOptions.class) return cls.cast(services.options());
    for (Constructor<?> c : cls.getDeclaredConstructors()) {
      if (c.getParameterCount() == 0 || !handsOut(c.getParameterTypes())) continue;
      Object[] args = new Object[c.getParameterCount()];
      for (int i = 0; i < args.length; i++) args[i] = parts.get(c.getParameterTypes()[i]).get();
      c.setAccessible(true);
      return cls.cast(c.newInstance(args));
    }
    return fallback.create(cls);
  }

  private boolean handsOut(Class<?>[] types) {
    for (Class<?> t : types) if (!parts.containsKey(t)) return false;
    return true;
  }
}
