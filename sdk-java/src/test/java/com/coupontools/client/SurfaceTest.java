package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the generated surface, checked on the compiled classes: immutable models without
 * public constructors or setters, one typed accessor and one raw {@code _field()} per field,
 * closed request enums, pagers on the seven paged operations, no {@code Map} parameters.
 */
class SurfaceTest {
  private static final Set<String> MODEL_METHODS = Set.of(
      "builder",
      "toBuilder",
      "validate",
      "of",
      "_additionalProperties",
      "equals",
      "hashCode",
      "toString");

  static List<Class<?>> apiClasses() throws URISyntaxException, ClassNotFoundException {
    File dir = new File(SurfaceTest.class.getResource("/com/coupontools/api").toURI());
    List<Class<?>> out = new ArrayList<>();
    for (String n : dir.list()) {
      if (n.endsWith(".class") && !n.contains("$")) {
        out.add(Class.forName("com.coupontools.api." + n.substring(0, n.length() - 6)));
      }
    }
    return out;
  }

  static List<Class<?>> models() throws Exception {
    return apiClasses().stream()
        .filter(c -> WireObject.class.isAssignableFrom(c))
        .collect(Collectors.toList());
  }

  @Test
  void modelsAreImmutableWithoutPublicConstructorsOrSetters() throws Exception {
    List<Class<?>> models = models();
    assertTrue(
        models.size() >= 92,
        "every schema of the bundle (87) and every request without fields (5) has its model");
    for (Class<?> m : models) {
      assertTrue(Modifier.isFinal(m.getModifiers()), m + " is final");
      assertEquals(0, m.getConstructors().length, m + " has a public constructor");
      for (Method method : m.getMethods()) {
        assertFalse(
            method.getName().startsWith("set")
                || method.getName().startsWith("get") && method.getDeclaringClass() == m,
            m.getSimpleName() + "." + method.getName());
      }
      for (java.lang.reflect.Field f : m.getDeclaredFields()) {
        assertTrue(
            Modifier.isFinal(f.getModifiers()),
            m.getSimpleName() + "." + f.getName() + " is final");
      }
    }
  }

  @Test
  void oneTypedAccessorAndOneRawAccessorPerField() throws Exception {
    for (Class<?> m : models()) {
      Map<String, Integer> byName = new TreeMap<>();
      for (Method method : m.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && !MODEL_METHODS.contains(method.getName())) {
          byName.merge(method.getName(), 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : byName.entrySet()) {
        assertEquals(1, e.getValue(), m.getSimpleName() + "." + e.getKey() + " is overloaded");
        if (e.getKey().startsWith("_")) {
          continue;
        }
        assertTrue(
            byName.containsKey("_" + e.getKey()),
            m.getSimpleName() + "." + e.getKey() + " has no raw accessor");
      }
    }
  }

  @Test
  void requestEnumsAreClosedAndNoneHasAnUnknownConstant() throws Exception {
    int closed = 0;
    for (Class<?> m : models()) {
      for (Class<?> inner : m.getDeclaredClasses()) {
        if (inner.isEnum()) {
          closed++;
          assertFalse(
              Arrays.stream(inner.getEnumConstants())
                  .anyMatch(c -> c.toString().contains("UNKNOWN")),
              inner.toString());
        }
      }
    }
    assertTrue(closed >= 10, "the request enums: " + closed);
  }

  @Test
  void theSevenPagedOperationsReturnPages() throws Exception {
    List<String> paged = new ArrayList<>();
    for (Class<?> c : apiClasses()) {
      if (c.getSimpleName().endsWith("Service")) {
        for (Method method : c.getMethods()) {
          if (method.getReturnType() == Page.class) {
            paged.add(c.getSimpleName() + "." + method.getName());
          }
          for (Class<?> p : method.getParameterTypes()) {
            assertFalse(Map.class.isAssignableFrom(p), "a Map overload: " + method);
          }
        }
      }
    }
    paged = paged.stream().distinct().sorted().collect(Collectors.toList());
    assertTrue(
        paged.containsAll(List.of(
            "CampaignsService.claims",
            "CampaignsService.data",
            "CampaignsService.opens",
            "CampaignsService.validations",
            "CouponSessionsService.search",
            "CouponSessionsService.searchCampaign",
            "DirectoriesService.listUsers")),
        paged.toString());
  }

  @Test
  void servicesHaveOnlyTheTransportConstructorForTheClient() throws Exception {
    for (Class<?> c : apiClasses()) {
      if (!WireObject.class.isAssignableFrom(c)) {
        for (Constructor<?> k : c.getConstructors()) {
          assertEquals(
              List.of(com.coupontools.internal.Transport.class),
              List.of(k.getParameterTypes()),
              k.toString());
        }
      }
    }
  }
}
