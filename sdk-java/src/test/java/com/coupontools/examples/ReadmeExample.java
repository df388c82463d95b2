package com.coupontools.examples;

// --- README snippet: keep in sync with sdk-java/README.md (ReadmeExampleTest runs it) ---
import com.coupontools.api.CampaignInfo;
import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.errors.NotFoundException;
import java.time.Duration;

// spotless:off — the README quotes this file line for line, in its own layout
public class ReadmeExample {
  public static void main(String[] args) {
    try (CoupontoolsClient client = CoupontoolsClient.builder()
        .credentialsFromEnvironment()               // COUPONTOOLS_CLIENT_ID / COUPONTOOLS_CLIENT_SECRET
        .timeout(Duration.ofSeconds(20))
        .build()) {
      CampaignInfo campaign = client.campaigns().info(CampaignInfoRequest.of("cam_123456")).couponInfo();
      System.out.println(campaign.title() + " expires " + campaign.expiresAt().map(Object::toString).orElse("never"));
    } catch (NotFoundException e) {
      System.err.println(e.getMessage());        // "502 Campaign ID not found. (campaigns.info, HTTP 422, request …)"
    }
  }
}
// spotless:on
