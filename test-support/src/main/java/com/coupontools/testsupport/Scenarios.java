package com.coupontools.testsupport;

import com.coupontools.testsupport.Bundle.ErrorExample;
import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error scenarios derived from the bundle: for a documented error example of an operation, how
 * to provoke it from the operation's first request example, when the contract alone says how —
 * the authentication family by the account that sends it (1000: credentials no account has; 101:
 * an expired account; 102: a subaccount's credentials; 103 / 104: an account without the SMS /
 * email integration), 200 (a required parameter dropped, also one {@code x-required-when} or
 * {@code x-required-any-of} requires), 30x (a value the parameter's schema refuses in the way the
 * code is about, or a body that is no JSON) and 5xx or an {@code e3xx_…_not_found} (a well-formed
 * ID that names nothing); and a value an {@code x-unique} property's record already holds (304: the
 * request sent twice, the second time as another client might write the value). Other errors
 * that need state (already validated, a limit reached, an address another record took in an
 * update, a spent balance) are not derivable: suites write those by hand.
 *
 * <p>A scenario expects exactly what the example documents: its code, its sentence and (REST)
 * its parameter.
 */
public final class Scenarios {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PARAM_IN_TEXT =
      Pattern.compile("parameter: ([A-Za-z0-9_\\[\\].]+[A-Za-z0-9_\\]])");
  private static final Pattern MAX_LENGTH = Pattern.compile("Maximum length is (\\d+)");
  private static final Pattern MIN_LENGTH = Pattern.compile("Minimum length is (\\d+)");
  private static final Pattern AT_MOST = Pattern.compile("At most (\\d+)");
  private static final Pattern NOT_FOUND_KEY = Pattern.compile("e\\d+_(.+)_not_(?:found|correct)");
  /** A well-formed v4 integer ID that names nothing (a REST not-found example names its path parameter). */
  public static final String UNKNOWN_V4_ID = "999999";

  private Scenarios() {}

  /** How a scenario provokes its error. */
  public enum Kind {
    /** The request example, sent with credentials no account has. */
    WRONG_CREDENTIALS,
    /** The request example, sent with the credentials of an account whose expiry date has passed. */
    EXPIRED_ACCOUNT,
    /** The request example, sent with a subaccount's own credentials (102: they cannot manage subaccounts). */
    SUBACCOUNT_CREDENTIALS,
    /** The request example, sent by an account without the SMS integration (103). */
    NO_SMS_INTEGRATION,
    /** The request example, sent by an account without an email integration (104). */
    NO_EMAIL_INTEGRATION,
    /** A changed request ({@link Scenario#request}), sent with valid credentials. */
    REQUEST,
    /**
     * The request twice ({@link Scenarios#takenValue}): first with a value of the {@code x-unique}
     * property {@link Scenario#parameter} no record holds, which must succeed, then with the same
     * value again, which must produce the example. Only where the property is required (a create):
     * the first request then makes the record that holds the value.
     */
    TAKEN_VALUE,
    /**
     * A body no server can read ({@link #UNREADABLE_BODY} instead of the request example): the
     * shared example every operation with a body documents. A client that only writes well-formed
     * bodies cannot send it; a mock can still serve the example.
     */
    UNREADABLE_BODY
  }

  /** The shared example of an unreadable body (spec rule ct-unreadable-body-documented). */
  public static final String UNREADABLE_BODY_KEY = "e300_unreadable_body";
  /** A body that is no JSON, sent as JSON. */
  public static final String UNREADABLE_BODY = "{\"campaign\":";

  /**
   * One derived scenario.
   *
   * @param op the operation
   * @param expected the documented example it must produce
   * @param kind how it provokes it
   * @param request the flat request (parameters by name) to send
   * @param parameter the parameter changed (REQUEST), or null
   * @param check what was done to it: {@code required} (dropped), {@code required-when} (dropped
   *     where the example makes {@code x-required-when} require it), {@code required-any-of} (every
   *     parameter of the {@code x-required-any-of} group dropped; {@code parameter} is the group's
   *     first), {@code type}, {@code pattern},
   *     {@code enum}, {@code date}, {@code email}, {@code maxLength}, {@code minLength},
   *     {@code maxItems} (the catalogue's constraint checks), {@code unknown-id}, {@code unique}
   *     (TAKEN_VALUE); null otherwise
   */
  public record Scenario(
      Op op, ErrorExample expected, Kind kind, ObjectNode request, String parameter, String check) {
    /**
     * Whether the request breaks a rule a client can check before sending — its schema, or a
     * conditional requirement ({@code x-required-when}, {@code x-required-any-of}) — so that a
     * client validating before sending must refuse it unsent. A well-formed unknown ID is not one.
     */
    public boolean breaksRequestRules() {
      return kind == Kind.REQUEST && check != null && !check.equals("unknown-id");
    }

    /** {@code campaign_info / e502_campaign_not_found}. */
    public String name() {
      return op.id() + " / " + expected.key();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** Every derivable scenario of the bundle: each operation's error examples whose code it lists in x-error-codes. */
  public static List<Scenario> all(Bundle bundle) {
    List<Scenario> out = new ArrayList<>();
    for (Op op : bundle.ops()) {
      for (ErrorExample ex : op.errors()) {
        if (!op.codes().contains(ex.code())) {
          continue; // the shared 401 lists every 1xx example; x-error-codes says which apply
        }
        Scenario s = derive(bundle, op, ex);
        if (s != null) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The scenario of one example, or null when only state or other accounts can provoke it. */
  public static Scenario derive(Bundle bundle, Op op, ErrorExample ex) {
    ObjectNode base = Bundle.copy(op.firstExample());
    if (ex.code() == 1000) {
      return new Scenario(op, ex, Kind.WRONG_CREDENTIALS, base, null, null);
    }
    if (ex.code() == 101) {
      return new Scenario(op, ex, Kind.EXPIRED_ACCOUNT, base, null, null);
    }
    if (ex.code() == 102) {
      return new Scenario(op, ex, Kind.SUBACCOUNT_CREDENTIALS, base, null, null);
    }
    if (ex.code() == 103) {
      return new Scenario(op, ex, Kind.NO_SMS_INTEGRATION, base, null, null);
    }
    if (ex.code() == 104) {
      return new Scenario(op, ex, Kind.NO_EMAIL_INTEGRATION, base, null, null);
    }
    if (ex.key().equals(UNREADABLE_BODY_KEY) && op.body()) {
      return new Scenario(op, ex, Kind.UNREADABLE_BODY, base, null, null);
    }
    String unique = uniqueProperty(bundle, op, ex);
    if (unique != null) {
      // An update's value needs another record that holds it: a hand-written case.
      return op.required().contains(unique) && base.hasNonNull(unique)
          ? new Scenario(op, ex, Kind.TAKEN_VALUE, base, unique, "unique")
          : null;
    }
    JsonNode anyOf = requiredAnyOf(bundle, op, ex);
    if (anyOf != null) {
      anyOf.forEach(name -> remove(base, name.asText()));
      return new Scenario(op, ex, Kind.REQUEST, base, anyOf.path(0).asText(), "required-any-of");
    }
    JsonNode family = bundle.family(ex.code());
    String fam = family == null ? "" : family.path("id").asText();
    if (fam.equals("not-found")
        || (fam.equals("invalid-parameter") && NOT_FOUND_KEY.matcher(ex.key()).matches())) {
      return notFound(bundle, op, ex, base); // also a 300 "Package not found." of subaccount create
    }
    String param = paramOf(bundle, op, ex);
    JsonNode schema = param == null ? null : schemaOf(bundle, op, param);
    if (schema == null) {
      return null;
    }
    if (ex.code() == bundle.ruleCode("required")) {
      boolean conditional = !op.required().contains(param);
      if (conditional && !requiredWhen(bundle, op, base, param)) {
        return null; // another conditional requirement (x-required-any-of …) needs a hand-written
        // case
      }
      remove(base, param);
      return new Scenario(
          op, ex, Kind.REQUEST, base, param, conditional ? "required-when" : "required");
    }
    if (!fam.equals("invalid-parameter")) {
      return null;
    }
    switch (ex.code()) {
      case 301:
      case 302:
      case 303:
      case 305: {
        String check;
        JsonNode value;
        switch (ex.code()) {
          case 302:
            check = "enum";
            value = NODES.textNode("not-a-valid-choice");
            break;
          case 303:
            check = "date";
            value = NODES.textNode("31/12/2026");
            break;
          case 305:
            check = "email";
            value = NODES.textNode("not-an-email");
            break;
          default:
            switch (schema.path("type").asText("string")) {
              case "integer":
              case "number":
                check = "type";
                value = NODES.textNode("12abc");
                break;
              case "boolean":
                check = "type";
                value = NODES.textNode("maybe");
                break;
              case "array":
                check = "pattern";
                value = NODES.arrayNode().add("bad value!");
                break;
              default:
                if (!schema.has("pattern")) {
                  return null;
                }
                check = "pattern";
                value = NODES.textNode("bad value!");
            }
        }
        set(base, param, value);
        return new Scenario(op, ex, Kind.REQUEST, base, param, check);
      }
      case 300: {
        Integer max = number(MAX_LENGTH, ex.text());
        Integer min = number(MIN_LENGTH, ex.text());
        Integer most = number(AT_MOST, ex.text());
        if (max != null || (min != null && min > 1)) {
          set(base, param, NODES.textNode("x".repeat(max != null ? max + 1 : min - 1)));
          return new Scenario(
              op, ex, Kind.REQUEST, base, param, max != null ? "maxLength" : "minLength");
        }
        if (most != null) {
          JsonNode first = base.path(param).path(0);
          ArrayNode list = base.putArray(param);
          for (int i = 0; i <= most; i++) {
            list.add(first.isObject() ? first.deepCopy() : NODES.textNode("abcdef" + i));
          }
          return new Scenario(op, ex, Kind.REQUEST, base, param, "maxItems");
        }
        return null; // a semantic refusal or an unreadable body
      }
      default:
        return null;
    }
  }

  /** A well-formed ID that names nothing, in the parameter the example is about. */
  private static Scenario notFound(Bundle bundle, Op op, ErrorExample ex, ObjectNode base) {
    if (op.rest() && ex.parameter() != null && "path".equals(op.in().get(ex.parameter()))) {
      // in the parameter's own type: a client sends an integer ID as one
      boolean integer =
          "integer".equals(op.params().get(ex.parameter()).path("type").asText());
      base.set(
          ex.parameter(),
          integer
              ? NODES.numberNode(Long.parseLong(UNKNOWN_V4_ID))
              : NODES.textNode(UNKNOWN_V4_ID));
      return new Scenario(op, ex, Kind.REQUEST, base, ex.parameter(), "unknown-id");
    }
    Matcher k = NOT_FOUND_KEY.matcher(ex.key());
    if (!k.matches()) {
      return null;
    }
    String what = k.group(1);
    String param = idParameter(op, what);
    JsonNode known = param == null ? null : itemOf(op, param, base);
    // An ID the example does not show (an optional filter) or a parameter of another name (a
    // directory ID in send's `campaign`): a documented ID of that kind from the bundle's examples.
    String unknown = unknownLike(
        known != null && !known.asText("").isEmpty()
            ? known.asText()
            : exampleId(bundle, op, what));
    if (unknown == null) {
      return null;
    }
    if (param == null) {
      param = taking(bundle, op, unknown);
      if (param == null) {
        return null;
      }
    } else if (!accepts(bundle, op, param, unknown)) {
      return null;
    }
    boolean list = "array".equals(op.params().get(param).path("type").asText());
    if (list) {
      base.putArray(param).add(unknown);
    } else {
      base.put(param, unknown);
    }
    return new Scenario(op, ex, Kind.REQUEST, base, param, "unknown-id");
  }

  /** The value of a parameter in a request, or its first item for a list. */
  private static JsonNode itemOf(Op op, String param, JsonNode request) {
    boolean list = "array".equals(op.params().get(param).path("type").asText());
    return list ? request.path(param).path(0) : request.path(param);
  }

  /** A documented ID of the named kind: from this operation's request examples first, then any operation's. */
  private static String exampleId(Bundle bundle, Op op, String what) {
    List<Op> ops = new ArrayList<>(List.of(op));
    ops.addAll(bundle.ops());
    for (Op o : ops) {
      for (String name : List.of(what, what + "s")) {
        if (!o.params().containsKey(name)) {
          continue;
        }
        for (JsonNode example : o.requestExamples().values()) {
          String v = itemOf(o, name, example).asText("");
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
    }
    return "";
  }

  /** Whether a parameter's (item) pattern takes a value; true without a pattern. */
  private static boolean accepts(Bundle bundle, Op op, String param, String value) {
    JsonNode schema = op.params().get(param);
    JsonNode item =
        "array".equals(schema.path("type").asText()) ? bundle.deref(schema.path("items")) : schema;
    String pattern = item.path("pattern").asText(null);
    return pattern == null || Pattern.compile(pattern).matcher(value).find();
  }

  /** The one parameter with a pattern that takes the value, or null (none, or more than one). */
  private static String taking(Bundle bundle, Op op, String value) {
    String found = null;
    for (Map.Entry<String, JsonNode> p : op.params().entrySet()) {
      boolean patterned = p.getValue().has("pattern")
          || bundle.deref(p.getValue().path("items")).has("pattern");
      if (patterned && accepts(bundle, op, p.getKey(), value)) {
        if (found != null) {
          return null;
        }
        found = p.getKey();
      }
    }
    return found;
  }

  /**
   * The names of the request body's {@code x-required-any-of} group whose error example this is
   * (search: {@code custom_validation_code}, {@code email}, {@code phone} →
   * {@code e200_missing_search_criteria}), or null.
   */
  private static JsonNode requiredAnyOf(Bundle bundle, Op op, ErrorExample ex) {
    for (JsonNode media : op.node().path("requestBody").path("content")) {
      JsonNode group = bundle.deref(media.path("schema")).path("x-required-any-of");
      return ex.key().equals(group.path("error-example").asText()) ? group.path("names") : null;
    }
    return null;
  }

  /** The body property whose {@code x-unique} names this example, or null. */
  private static String uniqueProperty(Bundle bundle, Op op, ErrorExample ex) {
    JsonNode unique = uniqueRule(bundle, op, ex);
    return unique == null ? null : unique.path("name").asText();
  }

  /** {@code {name, within, ignore-case, error-example}} of the x-unique that names the example, or null. */
  private static JsonNode uniqueRule(Bundle bundle, Op op, ErrorExample ex) {
    for (JsonNode media : op.node().path("requestBody").path("content")) {
      Iterator<Map.Entry<String, JsonNode>> props =
          bundle.deref(media.path("schema")).path("properties").fields();
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> p = props.next();
        JsonNode rule = bundle.deref(p.getValue()).path("x-unique");
        if (ex.key().equals(rule.path("error-example").asText())) {
          return ((ObjectNode) rule.deepCopy()).put("name", p.getKey());
        }
      }
      return null; // every media type names the same schema
    }
    return null;
  }

  /** The two requests of a {@link Kind#TAKEN_VALUE} scenario. */
  public record TakenValue(ObjectNode first, ObjectNode second) {}

  /**
   * {@link #takenValue(Bundle, Scenario, String)} with a random token, so that no earlier request
   * (the sandbox's and a real account's state outlive a run) gave the value.
   */
  public static TakenValue takenValue(Bundle bundle, Scenario s) {
    return takenValue(
        bundle, s, "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
  }

  /**
   * The requests of a {@link Kind#TAKEN_VALUE} scenario: the first gives the example's value made
   * unique by {@code token} (letters and digits; one per run, so that no record holds it yet), the
   * second the same value, in upper case where the property's {@code x-unique} ignores case.
   */
  public static TakenValue takenValue(Bundle bundle, Scenario s, String token) {
    if (s.kind() != Kind.TAKEN_VALUE) {
      throw new IllegalArgumentException(s + " is not a TAKEN_VALUE scenario");
    }
    if (!token.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("token must be letters and digits: " + token);
    }
    String value = s.request().path(s.parameter()).asText();
    boolean email =
        "email".equals(schemaOf(bundle, s.op(), s.parameter()).path("format").asText());
    // Before the local part of an address (an address's form stays valid), else after the value.
    String fresh = email ? token.toLowerCase(Locale.ROOT) + "." + value : value + token;
    boolean ignoreCase =
        uniqueRule(bundle, s.op(), s.expected()).path("ignore-case").asBoolean();
    ObjectNode first = Bundle.copy(s.request()).put(s.parameter(), fresh);
    ObjectNode second = Bundle.copy(s.request())
        .put(s.parameter(), ignoreCase ? fresh.toUpperCase(Locale.ROOT) : fresh);
    return new TakenValue(first, second);
  }

  /**
   * Whether the request body schema's {@code x-required-when} makes {@code param} required for
   * this request (SSO: {@code page: update_campaign} needs {@code campaign}).
   */
  private static boolean requiredWhen(Bundle bundle, Op op, JsonNode request, String param) {
    for (JsonNode media : op.node().path("requestBody").path("content")) {
      for (JsonNode rule : bundle.deref(media.path("schema")).path("x-required-when")) {
        JsonNode cond = rule.path("if");
        boolean applies = request.path(cond.path("property").asText()).equals(cond.path("equals"));
        for (JsonNode r : rule.path("required")) {
          if (applies && r.asText().equals(param)) {
            return true;
          }
        }
      }
      return false; // every media type names the same schema
    }
    return false;
  }

  /**
   * The ID parameter a not-found key is about ({@code campaign_not_found} → {@code campaign};
   * {@code registered_user} → {@code user}; {@code group} → {@code smsgroup}): the parameter of
   * that name (or its plural), else the one whose name ends the key's subject or is ended by it.
   */
  private static String idParameter(Op op, String what) {
    for (String name : List.of(what, what + "s")) {
      if (op.params().containsKey(name)) {
        return name;
      }
    }
    String found = null;
    for (String p : op.params().keySet()) {
      if (what.endsWith(p) || p.endsWith(what)) {
        if (found != null) {
          return null; // ambiguous
        }
        found = p;
      }
    }
    return found;
  }

  /**
   * The documented ID with every digit a 9 and every letter after its prefix a z
   * ({@code cam_123456} → {@code cam_999999}): well-formed, and in no seed; null for none.
   */
  static String unknownLike(String known) {
    if (known.isEmpty()) {
      return null;
    }
    int prefix = known.indexOf('_') + 1;
    StringBuilder b = new StringBuilder(known.substring(0, prefix));
    for (char c : known.substring(prefix).toCharArray()) {
      b.append(Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'z' : c);
    }
    String out = b.toString();
    return out.equals(known) ? null : out;
  }

  private static Integer number(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The parameter an example is about: a REST example's {@code parameter}, the sentence's, else the key's. */
  static String paramOf(Bundle bundle, Op op, ErrorExample ex) {
    if (ex.parameter() != null && schemaOf(bundle, op, ex.parameter()) != null) {
      return ex.parameter();
    }
    Matcher m = PARAM_IN_TEXT.matcher(ex.text());
    if (m.find() && schemaOf(bundle, op, m.group(1)) != null) {
      return m.group(1);
    }
    Matcher k = Pattern.compile("e\\d+_(?:missing|invalid)_(.+)").matcher(ex.key());
    if (k.matches()) {
      String rest = k.group(1);
      for (String p : op.params().keySet()) {
        if (rest.equals(p) || rest.startsWith(p + "_")) {
          return p;
        }
      }
    }
    return null;
  }

  /** A parameter path: {@code name}, {@code name[field]} (deepObject) or {@code name[i].field} (array item). */
  private static final Pattern NESTED =
      Pattern.compile("([A-Za-z0-9_]+)(?:\\[([A-Za-z0-9_]+)])?(?:\\.([A-Za-z0-9_]+))?");

  /** The schema of a (nested) parameter, or null when the operation has none such. */
  public static JsonNode schemaOf(Bundle bundle, Op op, String param) {
    Matcher m = NESTED.matcher(param);
    if (!m.matches() || !op.params().containsKey(m.group(1))) {
      return null;
    }
    JsonNode s = op.params().get(m.group(1));
    if (m.group(2) != null) {
      s = bundle.deref(
          m.group(3) != null ? s.path("items") : s.path("properties").path(m.group(2)));
    }
    if (m.group(3) != null) {
      s = bundle.deref(s.path("properties").path(m.group(3)));
    }
    return s.isMissingNode() ? null : s;
  }

  /** Sets a (nested) parameter in a flat request, making the object it sits in when absent. */
  public static void set(ObjectNode flat, String param, JsonNode value) {
    Matcher m = NESTED.matcher(param);
    if (!m.matches() || m.group(2) == null) {
      flat.set(param, value);
      return;
    }
    if (m.group(3) != null) {
      ((ObjectNode) flat.path(m.group(1)).path(Integer.parseInt(m.group(2))))
          .set(m.group(3), value);
    } else {
      (flat.path(m.group(1)).isObject()
              ? (ObjectNode) flat.get(m.group(1))
              : flat.putObject(m.group(1)))
          .set(m.group(2), value);
    }
  }

  /** Removes a (nested) parameter from a flat request. */
  public static void remove(ObjectNode flat, String param) {
    Matcher m = NESTED.matcher(param);
    if (!m.matches() || m.group(2) == null) {
      flat.remove(param);
    } else if (m.group(3) != null) {
      ((ObjectNode) flat.path(m.group(1)).path(Integer.parseInt(m.group(2)))).remove(m.group(3));
    } else if (flat.path(m.group(1)).isObject()) {
      ((ObjectNode) flat.get(m.group(1))).remove(m.group(2));
    }
  }

  /** Scenario counts by kind and check, for reports: {@code {REQUEST/required=40, …}}. */
  public static Map<String, Integer> counts(List<Scenario> scenarios) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (Scenario s : scenarios) {
      out.merge(s.kind() + (s.check() == null ? "" : "/" + s.check()), 1, Integer::sum);
    }
    return out;
  }
}
