package example;

import com.coupontools.api.CampaignListItem;
import com.coupontools.api.CampaignListResponse;
import com.coupontools.client.CoupontoolsClient;

// spotless:off — the README quotes this file line for line, in its own layout
/** The root README's "Publishing" snippet: lists the campaigns of an account. */
public class ListCampaigns {
  public static void main(String[] args) {
    try (CoupontoolsClient client = CoupontoolsClient.builder()
        .credentialsFromEnvironment()   // COUPONTOOLS_CLIENT_ID / COUPONTOOLS_CLIENT_SECRET
        .baseUrl(System.getenv().getOrDefault("COUPONTOOLS_BASE_URL", "https://api4coupons.com"))
        .build()) {
      CampaignListResponse campaigns = client.campaigns().list();
      for (CampaignListItem campaign : campaigns.couponInfo()) {
        System.out.println(campaign.id() + "  " + campaign.title());
      }
    }
  }
}
// spotless:on
