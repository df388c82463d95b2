package com.coupontools.examples;

// --- README snippet: keep in sync with sdk-java/README.md (ReadmeExampleTest runs it) ---
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.errors.NotFoundException;
import com.coupontools.model.CampaignInfo;
import com.coupontools.model.CampaignInfoRequest;
import java.time.Duration;

public class ReadmeExample {
  public static void main(String[] args) {
    CoupontoolsClient client = CoupontoolsClient.builder()
        .credentialsFromEnvironment()               // COUPONTOOLS_CLIENT_ID / COUPONTOOLS_CLIENT_SECRET
        .timeout(Duration.ofSeconds(20))
        .build();
    try {
      CampaignInfo campaign = client.campaigns().info(CampaignInfoRequest.of("cam_123456")).getCouponInfo();
      System.out.println(campaign.getTitle() + " expires " + campaign.expirydate());
    } catch (NotFoundException e) {
      System.err.println(e.getMessage());        // "502 Campaign ID not found. (campaign_info)"
    }
  }
}
