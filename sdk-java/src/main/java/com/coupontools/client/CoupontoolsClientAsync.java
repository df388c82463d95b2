package com.coupontools.client;

import com.coupontools.api.AccountServiceAsync;
import com.coupontools.api.CampaignsServiceAsync;
import com.coupontools.api.CouponSessionsServiceAsync;
import com.coupontools.api.DirectoriesServiceAsync;
import com.coupontools.api.EmailToolServiceAsync;
import com.coupontools.api.LoyaltyCardsServiceAsync;
import com.coupontools.api.SendServiceAsync;
import com.coupontools.api.SingleUseServiceAsync;
import com.coupontools.api.SmsToolServiceAsync;
import com.coupontools.api.SubaccountsServiceAsync;
import com.coupontools.api.WebhooksServiceAsync;
import com.coupontools.internal.Transport;

/**
 * The services of a {@link CoupontoolsClient}, each method returning a
 * {@link java.util.concurrent.CompletableFuture} instead of blocking: same connection pool,
 * retries, timeouts and exceptions (the future completes exceptionally with the same
 * {@link com.coupontools.errors.CoupontoolsException} the blocking call would throw).
 *
 * <pre>{@code
 * CompletableFuture<CampaignInfoResponse> info = client.async().campaigns().info(CampaignInfoRequest.of("cam_123456"));
 * info.thenAccept(r -> System.out.println(r.couponInfo().title()));
 * }</pre>
 *
 * <p>Futures complete on OkHttp's dispatcher threads: use the {@code …Async} stages of
 * {@code CompletableFuture} for slow work. Cancelling a future cancels its HTTP call.
 */
public final class CoupontoolsClientAsync {
  private final CoupontoolsClient sync;
  private final SubaccountsServiceAsync subaccounts;
  private final CampaignsServiceAsync campaigns;
  private final CouponSessionsServiceAsync couponSessions;
  private final LoyaltyCardsServiceAsync loyaltyCards;
  private final DirectoriesServiceAsync directories;
  private final SingleUseServiceAsync singleUse;
  private final WebhooksServiceAsync webhooks;
  private final SmsToolServiceAsync smsTool;
  private final EmailToolServiceAsync emailTool;
  private final SendServiceAsync send;
  private final AccountServiceAsync account;

  CoupontoolsClientAsync(CoupontoolsClient sync, Transport transport) {
    this.sync = sync;
    this.subaccounts = new SubaccountsServiceAsync(transport);
    this.campaigns = new CampaignsServiceAsync(transport);
    this.couponSessions = new CouponSessionsServiceAsync(transport);
    this.loyaltyCards = new LoyaltyCardsServiceAsync(transport);
    this.directories = new DirectoriesServiceAsync(transport);
    this.singleUse = new SingleUseServiceAsync(transport);
    this.webhooks = new WebhooksServiceAsync(transport);
    this.smsTool = new SmsToolServiceAsync(transport);
    this.emailTool = new EmailToolServiceAsync(transport);
    this.send = new SendServiceAsync(transport);
    this.account = new AccountServiceAsync(transport);
  }

  /** The blocking client these services belong to (close that one to release the pool). */
  public CoupontoolsClient sync() {
    return sync;
  }

  public SubaccountsServiceAsync subaccounts() {
    return subaccounts;
  }

  public CampaignsServiceAsync campaigns() {
    return campaigns;
  }

  public CouponSessionsServiceAsync couponSessions() {
    return couponSessions;
  }

  public LoyaltyCardsServiceAsync loyaltyCards() {
    return loyaltyCards;
  }

  public DirectoriesServiceAsync directories() {
    return directories;
  }

  public SingleUseServiceAsync singleUse() {
    return singleUse;
  }

  public WebhooksServiceAsync webhooks() {
    return webhooks;
  }

  public SmsToolServiceAsync smsTool() {
    return smsTool;
  }

  /** The email tool's groups. */
  public EmailToolServiceAsync emailTool() {
    return emailTool;
  }

  /** Sending a campaign (a coupon or a directory) by email or SMS. */
  public SendServiceAsync send() {
    return send;
  }

  /** The account itself: single sign on for the account and for a teammate. */
  public AccountServiceAsync account() {
    return account;
  }

  @Override
  public String toString() {
    return "async " + sync;
  }
}
