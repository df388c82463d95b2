package com.coupontools.examples;

// --- README "What you get" snippet: keep in sync with sdk-java/README.md (ReadmeExampleTest) ---
import com.coupontools.api.CampaignDataItem;
import com.coupontools.api.CampaignDataRequest;
import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.api.CampaignInfoResponse;
import com.coupontools.client.CoupontoolsClient;
import java.util.concurrent.CompletableFuture;

// spotless:off — the README quotes this file line for line, in its own layout
public class ReadmeFeatures {
  public static void main(String[] args) {
    try (CoupontoolsClient client = CoupontoolsClient.builder().credentialsFromEnvironment().build()) {
      // a paged read: the auto-pager fetches the next page when the loop reaches it
      for (CampaignDataItem item : client.campaigns().data(CampaignDataRequest.of("cam_123456")).autoPager()) {
        System.out.println(item.sequenceId() + " " + item.session());
      }
      // an async call: a CompletableFuture, same pool, retries and exceptions
      CompletableFuture<CampaignInfoResponse> info = client.async().campaigns().info(CampaignInfoRequest.of("cam_123456"));
      System.out.println(info.join().couponInfo().title());
    }
  }
}
// spotless:on
