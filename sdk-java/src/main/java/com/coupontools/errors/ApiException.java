package com.coupontools.errors;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API answered with an error: its envelope ({@code status.status == "failed"}, whatever the
 * HTTP status), a REST error body, or an HTTP error without either ({@link #code()} 0). Catch a
 * subclass to react to one family; the message says what support asks for:
 * {@code "502 Campaign ID not found. (campaigns.info, HTTP 422, request req_8f3a…)"}.
 *
 * <pre>{@code
 * try {
 *   client.singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1"));
 * } catch (InvalidParameterException e) {
 *   String parameter = e.parameter();   // "amount"
 *   int code = e.code();                // 301
 * }
 * }</pre>
 *
 * <p>Client-side validation, and a request builder missing a required value, throw the same
 * types with the same codes; {@link #httpStatus()} is then 0.
 */
public class ApiException extends CoupontoolsException {
  private static final long serialVersionUID = 1L;
  private static final Pattern STATUS_LINE =
      Pattern.compile("^HTTP/\\d(?:\\.\\d)? \\d{3}[^.]*\\.?\\s*");

  private final transient ApiError error;

  public ApiException(ApiError error) {
    super(format(error), error.operation().orElse(null), error.requestId().orElse(null), null);
    this.error = error;
  }

  /** The parsed error. */
  public ApiError error() {
    return error;
  }

  /** The first error code (e.g. 502), or 0 when the answer had none. */
  public int code() {
    return error.code();
  }

  /** All error codes, in order. */
  public List<Integer> codes() {
    return error.codes();
  }

  /** The HTTP status (200 is possible: the envelope decides), or 0 when found before sending. */
  public int httpStatus() {
    return error.httpStatus();
  }

  /** The server's explanation ({@code error_message_description}), joined with "; ". */
  public String description() {
    return String.join("; ", error.descriptions());
  }

  /** The envelope's {@code error_message} (usually an HTTP status line), or null. */
  public String errorMessage() {
    return error.errorMessage().orElse(null);
  }

  /** The parameter the error names ({@code "…parameter: amount"}), or null. */
  public String parameter() {
    return error.parameter().orElse(null);
  }

  /** Response headers, for example {@code Retry-After}; empty for errors found before sending. */
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
      b.append(e.code() != 0 ? String.valueOf(e.code()) : "HTTP " + e.httpStatus())
          .append(' ');
      String message = e.errorMessage().map(String::trim).orElse("");
      if (!d.isEmpty()) {
        b.append(String.join("; ", d));
      } else if (!message.isEmpty()) {
        String rest = STATUS_LINE.matcher(message).replaceFirst("");
        b.append(rest.isEmpty() ? message : rest);
      } else {
        b.append("(no error description)");
      }
    }
    e.hint().ifPresent(h -> b.append(" — ").append(h));
    return b.append(context(
            e.operationName().orElse(e.operation().orElse(null)),
            e.httpStatus(),
            e.requestId().orElse(null)))
        .toString();
  }
}
