package com.coupontools.errors;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API answered with its error envelope ({@code status.status == "failed"}), whatever the
 * HTTP status, or with an HTTP error and no envelope ({@link #code()} 0). Catch a subclass to
 * react to one family; the message reads {@code "502 Campaign ID not found. (campaign_info)"}.
 *
 * <pre>{@code
 * } catch (InvalidParameterException e) {
 *   e.parameter();   // "amount"
 *   e.code();        // 301
 * }
 * }</pre>
 *
 * <p>Client-side validation throws the same types with the same codes; {@link #httpStatus()} is
 * then 0.
 */
public class ApiException extends CoupontoolsException {
  private static final long serialVersionUID = 1L;
  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)? \\d{3}[^.]*\\.?\\s*");

  private final transient ApiError error;

  public ApiException(ApiError error) {
    super(format(error), error.operation(), null);
    this.error = error;
  }

  /** The parsed error body. */
  public ApiError error() {
    return error;
  }

  /** The first error code (e.g. 502), or 0 when there was no envelope. */
  public int code() {
    return error.code();
  }

  /** All error codes of the envelope, in order. */
  public List<Integer> codes() {
    return error.codes();
  }

  /** The HTTP status (200 is possible: the envelope decides), or 0 for client-side validation. */
  public int httpStatus() {
    return error.httpStatus();
  }

  /** The server's explanation ({@code error_message_description}), joined with "; ". */
  public String description() {
    return String.join("; ", error.descriptions());
  }

  /** The envelope's {@code error_message} (usually an HTTP status line), or null. */
  public String errorMessage() {
    return error.errorMessage();
  }

  /** The parameter named by the error ({@code "…parameter: amount"}), or null. */
  public String parameter() {
    return error.parameter();
  }

  /** Response headers, for example {@code Retry-After}; empty for client-side errors. */
  public Map<String, List<String>> headers() {
    return error.headers();
  }

  private static String format(ApiError e) {
    StringBuilder b = new StringBuilder();
    List<String> d = e.descriptions();
    if (e.codes().size() > 1 && e.codes().size() == d.size()) {
      for (int i = 0; i < d.size(); i++) {
        b.append(i == 0 ? "" : "; ").append(e.codes().get(i)).append(' ').append(d.get(i));
      }
    } else {
      b.append(e.code() != 0 ? String.valueOf(e.code()) : "HTTP " + e.httpStatus()).append(' ');
      if (!d.isEmpty()) {
        b.append(String.join("; ", d));
      } else if (e.errorMessage() != null && !e.errorMessage().isBlank()) {
        String rest = STATUS_LINE.matcher(e.errorMessage().trim()).replaceFirst("");
        b.append(rest.isEmpty() ? e.errorMessage().trim() : rest);
      } else {
        b.append("(no error description)");
      }
    }
    if (e.operation() != null) {
      b.append(" (").append(e.operation()).append(')');
    }
    return b.toString();
  }
}
