package io.keyadm.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Hands each command the run's {@link Services} through a constructor that takes it. */
final class CommandFactory implements IFactory {

  private final Services services;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Services services) {
    this.services = services;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == GlobalOptions.class) return cls.cast(services.options());
    try {
      Constructor<K> c = cls.getDeclaredConstructor(Services.class);
      c.setAccessible(true);
      return c.newInstance(services);
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
