package com.coupontools.internal;

import com.coupontools.errors.CoupontoolsException;
import com.coupontools.errors.InvalidResponseException;
import com.coupontools.errors.TransportException;
import feign.FeignException;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.RetryableException;
import feign.Target;
import feign.codec.EncodeException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Wraps each call of a generated API method: optional client-side validation, an empty body for
 * a null request (Feign rejects null bodies), and the translation of whatever Feign throws into
 * the SDK's exception types.
 */
final class ResourceHandler implements InvocationHandler {
  private final Target<?> target;
  private final Map<Method, MethodHandler> dispatch;
  private final boolean validation;
  private final Redactor redactor;

  ResourceHandler(Target<?> target, Map<Method, MethodHandler> dispatch, boolean validation, Redactor redactor) {
    this.target = target;
    this.dispatch = dispatch;
    this.validation = validation;
    this.redactor = redactor;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "equals":
        return args != null && args.length == 1 && proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return target.type().getSimpleName() + "(" + target.url() + ")";
      default:
        break;
    }
    MethodHandler handler = dispatch.get(method);
    if (method.isDefault()) {
      return handler.invoke(args); // calls back into this proxy's abstract method
    }
    Operation op = method.getAnnotation(Operation.class);
    String id = op != null ? op.id() : method.getName();
    Object[] a = args == null ? new Object[0] : args.clone();
    if (a.length == 1 && a[0] == null) {
      a[0] = emptyBody(method.getParameterTypes()[0]);
    }
    if (validation && op != null && a.length == 1) {
      new Validator(op).validate(a[0]);
    }
    try {
      return handler.invoke(a);
    } catch (CoupontoolsException e) {
      throw e;
    } catch (FeignException e) {
      throw translate(id, e);
    }
  }

  private RuntimeException translate(String operation, FeignException e) {
    if (e.getCause() instanceof CoupontoolsException) {
      return (CoupontoolsException) e.getCause(); // thrown by our decoder, wrapped by Feign
    }
    if (e instanceof EncodeException) {
      return new IllegalArgumentException(redactor.text(e.getMessage()), e);
    }
    if (e.getCause() instanceof RetryInterceptor.UnsentRequestException) {
      IOException cause = (IOException) e.getCause().getCause();
      return new TransportException(operation, redactor.text(cause.toString()), cause, false);
    }
    if (e.getCause() instanceof IOException) {
      IOException cause = (IOException) e.getCause();
      return new TransportException(operation, redactor.text(cause.toString()), cause, true);
    }
    int status = e instanceof RetryableException ? 0 : e.status();
    return new InvalidResponseException(operation, status, redactor.text(e.getMessage()), e);
  }

  private static Object emptyBody(Class<?> type) throws ReflectiveOperationException {
    return Map.class.isAssignableFrom(type) ? Map.of() : type.getDeclaredConstructor().newInstance();
  }
}
