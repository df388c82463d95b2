package com.coupontools.sandbox.internal;

import java.util.Map;

/**
 * The behaviour of one operation. Returns the success body as a map of domain values (lists may
 * be lazy iterables); the operation's response schema decides names, order and wire types.
 */
@FunctionalInterface
interface OpHandler {
  Map<String, Object> handle(Call call);
}
