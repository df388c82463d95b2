package com.coupontools.benchmarks;

import java.util.List;

/** Plain classes equivalent to the SDK's models (same fields and Java types): the raw Jackson baseline. */
public final class RawModels {
  private RawModels() {}

  public static final class Status {
    public String status;
  }

  public static final class Code {
    public String single_use_code;
    public Long sequence_id;
    public String single_use_url;
    public String widget_validation_code;
    public String custom_validation_code;
    public String expirydate;
    public String create_date;
    public String voided;
  }

  public static final class CreateMultipleResponse {
    public Status status;
    public String campaign;
    public String action;
    public List<Code> data;
  }
}
