package com.coupontools.sandbox.internal;

/**
 * The behaviour of one operation. Returns the success body as domain values: a map (an object)
 * or an iterable (a bare array of a REST list), lists possibly lazy; the operation's response
 * schema decides names, order and wire types.
 */
@FunctionalInterface
interface OpHandler {
  Object handle(Call call);
}
