package com.coupontools.internal;

import com.coupontools.client.WireObject;
import com.coupontools.client.WireValue;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Access from the runtime to the non-public parts of three public classes of
 * {@code com.coupontools.client} (the JDK's "shared secrets" idiom, no reflection): each class
 * registers its hooks here from its static initializer, so that none of them needs a public
 * method that users would see.
 */
public final class Bridge {
  private static Function<WireValue, Object> storage;
  private static Function<Object, WireValue> view;
  private static BiConsumer<WireObject, WireWriter> fields;

  static {
    WireValue.missing(); // runs WireValue's static initializer, which registers its hooks
  }

  private Bridge() {}

  /** Called once by {@link WireValue}. */
  public static synchronized void registerWireValue(
      Function<WireValue, Object> storageOf, Function<Object, WireValue> viewOf) {
    if (storage == null) {
      storage = storageOf;
      view = viewOf;
    }
  }

  /** Called once by {@link WireObject}. */
  public static synchronized void registerWireObject(
      BiConsumer<WireObject, WireWriter> writeFields) {
    if (fields == null) {
      fields = writeFields;
    }
  }

  static Object storage(WireValue v) {
    return storage.apply(v);
  }

  static WireValue view(Object stored) {
    return view.apply(stored);
  }

  /** Writes a model's fields; its class, a WireObject subclass, is initialised by then. */
  static void writeFields(WireObject o, WireWriter out) {
    fields.accept(o, out);
  }
}
