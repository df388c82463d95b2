package com.coupontools.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's javap-level facts, checked on the packaged jar (its own class loader, nothing from
 * target/classes): models without public constructors or setters, no UNKNOWN_DEFAULT_OPEN_API
 * anywhere, pagers on the seven paged operations, close(), the native-image metadata generated
 * from the models, no reflection in the SDK's code, the SSO token masked in toString().
 */
class JarFactsIT {
  private static JarFile jar;
  private static URLClassLoader loader;
  private static final List<String> classNames = new ArrayList<>();

  @BeforeAll
  static void open() throws Exception {
    jar = new JarFile(ModulePathIT.JAR.toFile());
    List<URL> urls = new ArrayList<>();
    urls.add(ModulePathIT.JAR.toUri().toURL());
    for (Path p : ModulePathIT.runtimeDependencies()) {
      urls.add(p.toUri().toURL());
    }
    loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    for (JarEntry e : Collections.list(jar.entries())) {
      if (e.getName().endsWith(".class") && !e.getName().equals("module-info.class")) {
        classNames.add(e.getName().replace('/', '.').substring(0, e.getName().length() - 6));
      }
    }
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name, false, loader);
  }

  private static List<Class<?>> models() throws Exception {
    Class<?> wireObject = load("com.coupontools.client.WireObject");
    List<Class<?>> out = new ArrayList<>();
    for (String n : classNames) {
      if (n.startsWith("com.coupontools.api.") && !n.contains("$")) {
        Class<?> c = load(n);
        if (wireObject.isAssignableFrom(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static String text(String entry) throws Exception {
    try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void modelsHaveNoPublicConstructorsOrSettersAndOneAccessorPerName() throws Exception {
    List<Class<?>> models = models();
    assertTrue(models.size() >= 92, models.size() + " models");
    for (Class<?> m : models) {
      assertEquals(0, m.getConstructors().length, m.getName());
      Set<String> names = new TreeSet<>();
      for (Method method : m.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
          assertFalse(method.getName().startsWith("set"), m.getName() + "." + method.getName());
          assertTrue(
              names.add(method.getName()),
              "overloaded accessor " + m.getName() + "." + method.getName());
        }
      }
    }
  }

  @Test
  void noUnknownDefaultConstantAnywhere() throws Exception {
    for (String n : classNames) {
      String bytes = new String(
          jar.getInputStream(jar.getEntry(n.replace('.', '/') + ".class")).readAllBytes(),
          StandardCharsets.ISO_8859_1);
      assertFalse(bytes.contains("UNKNOWN_DEFAULT_OPEN_API"), n);
    }
  }

  @Test
  void pagersOnTheSevenPagedOperationsAndClose() throws Exception {
    Class<?> page = load("com.coupontools.client.Page");
    Set<String> paged = new TreeSet<>();
    for (String n : classNames) {
      if (n.startsWith("com.coupontools.api.") && n.endsWith("Service")) {
        for (Method m : load(n).getMethods()) {
          if (m.getReturnType() == page) {
            paged.add(n.substring(n.lastIndexOf('.') + 1) + "." + m.getName());
          }
        }
      }
    }
    assertTrue(
        paged.containsAll(Set.of(
            "CampaignsService.data",
            "CampaignsService.opens",
            "CampaignsService.claims",
            "CampaignsService.validations",
            "CouponSessionsService.search",
            "CouponSessionsService.searchCampaign",
            "DirectoriesService.listUsers")),
        paged.toString());
    Class<?> client = load("com.coupontools.client.CoupontoolsClient");
    assertTrue(AutoCloseable.class.isAssignableFrom(client));
    client.getMethod("close");
    client.getMethod("async");
  }

  @Test
  void theNativeImageMetadataListsEveryModel() throws Exception {
    String dir = "META-INF/native-image/com.coupontools/coupontools-java/";
    String reflect = text(dir + "reflect-config.json");
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("\"name\": \"([^\"$]+)\"").matcher(reflect);
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> expected = new TreeSet<>();
    for (Class<?> c : models()) {
      expected.add(c.getName());
    }
    assertEquals(expected, listed, "reflect-config.json is generated from the models");
    String resources = text(dir + "resource-config.json");
    for (JarEntry e : Collections.list(jar.entries())) {
      if (!e.isDirectory()
          && !e.getName().endsWith(".class")
          && !e.getName().startsWith("META-INF/")) {
        assertTrue(
            resources.contains("\\\\Q" + e.getName() + "\\\\E"),
            e.getName() + " is not in resource-config.json");
      }
    }
  }

  /** Native images need metadata for reflection, proxies and dynamic class loading: the SDK uses none. */
  @Test
  void theSdkUsesNoReflectionProxiesOrClassForName() throws Exception {
    for (String n : classNames) {
      String bytes = new String(
          jar.getInputStream(jar.getEntry(n.replace('.', '/') + ".class")).readAllBytes(),
          StandardCharsets.ISO_8859_1);
      for (String forbidden : new String[] {
        "java/lang/reflect/", "forName", "defineHiddenClass", "java/lang/ClassLoader"
      }) {
        assertFalse(bytes.contains(forbidden), n + " uses " + forbidden);
      }
    }
  }

  /** What a user reads in the IDE: rendered Markdown, no design notes, no internals. */
  @Test
  void theJavadocJarHasNoInternalsNoDecisionsNoRawMarkdown() throws Exception {
    try (JarFile docs = new JarFile(System.getProperty("sdk.javadoc.jar"))) {
      int pages = 0;
      for (JarEntry e : Collections.list(docs.entries())) {
        assertFalse(e.getName().contains("/internal/"), e.getName());
        if (e.getName().endsWith(".html") && e.getName().contains("/com/coupontools/")) {
          pages++;
          String html = new String(docs.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
          assertFalse(html.contains("Decision ("), e.getName() + " shows a spec design note");
          assertFalse(
              Pattern.compile("`[A-Za-z_][A-Za-z0-9_./]*`").matcher(html).find(),
              e.getName() + " has raw Markdown");
          assertFalse(html.contains("\\\""), e.getName() + " has a literal \\\"");
        }
      }
      assertTrue(pages > 100, pages + " pages");
    }
  }

  @Test
  void theSsoTokenIsMaskedInToString() throws Exception {
    Class<?> token = load("com.coupontools.api.SubaccountSsoToken");
    Object b = token.getMethod("builder").invoke(null);
    Class<?> builder = b.getClass();
    builder.getMethod("token", String.class).invoke(b, "tok-123456789");
    builder
        .getMethod("url", java.net.URI.class)
        .invoke(b, java.net.URI.create("https://x.example/sso?token=tok-123456789"));
    String s = builder.getMethod("build").invoke(b).toString();
    assertFalse(s.contains("tok-123456789"), s);
    assertTrue(s.contains("sso?token=***"), s);
  }
}
