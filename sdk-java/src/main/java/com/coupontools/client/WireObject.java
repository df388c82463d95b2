package com.coupontools.client;

import com.coupontools.internal.Bridge;
import com.coupontools.internal.Redactor;
import com.coupontools.internal.WireWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of every generated model: a JSON object of the API, immutable, with value equality
 * (same class, same fields on the wire) and a {@code toString()} that masks secrets — the values
 * of {@code api_key}, {@code api_secret}, {@code password}, {@code token}… and such keys inside
 * URLs' query strings ({@code …/sso?token=***}), by the same rule as the SDK's logs.
 */
public abstract class WireObject {
  static {
    Bridge.registerWireObject(WireObject::writeFields);
  }

  /** For generated models only. */
  protected WireObject() {}

  /**
   * Emits each field that is set, in declaration order, then the undeclared ones.
   *
   * @param out where the fields go
   * @hidden
   */
  protected abstract void writeFields(WireWriter out);

  /** Wire name → stored value, in order. */
  final Map<String, Object> wireFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    writeFields(new WireWriter() {
      @Override
      protected void write(String wireName, String javaName, Object value) {
        m.put(wireName, value);
      }
    });
    return m;
  }

  static String json(Object stored) {
    return WireWriter.toJson(stored);
  }

  @Override
  public final boolean equals(Object o) {
    return o == this
        || (o != null
            && o.getClass() == getClass()
            && wireFields().equals(((WireObject) o).wireFields()));
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + wireFields().hashCode();
  }

  /** {@code CampaignInfo{id=cam_123456, code=ab12cd, …}}: Java names, wire values, secrets masked. */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder(getClass().getSimpleName()).append('{');
    List<String> parts = new ArrayList<>();
    List<String> secrets = new ArrayList<>();
    writeFields(new WireWriter() {
      @Override
      protected void write(String wireName, String javaName, Object value) {
        parts.add(javaName + "=" + Redactor.display(wireName, value));
        if (Redactor.isSecretField(wireName) && value instanceof String) {
          secrets.add((String) value);
        }
      }
    });
    // a secret field's value elsewhere in the same model (an SSO link carrying the token) is masked
    // too
    return b.append(Redactor.maskValues(String.join(", ", parts), secrets))
        .append('}')
        .toString();
  }
}
