package com.coupontools.benchmarks;

import java.util.List;

/** Plain classes holding what the SDK's models hold (the wire values): the raw Jackson baseline. */
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

  public static final class CreateMultipleRequest {
    public String campaign;
    public Integer amount;
    public String status;
    public Boolean automated_codes;
    public String code_prefix;
    public Integer code_length;
    public String code_type;
  }

  public static final class CreateMultipleResponse {
    public Status status;
    public String campaign;
    public String action;
    public List<Code> data;
  }
}
