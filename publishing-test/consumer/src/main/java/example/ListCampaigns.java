package example;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.model.CampaignListItem;
import com.coupontools.model.CampaignListResponse;

/** The root README's "Publishing" snippet: lists the campaigns of an account. */
public class ListCampaigns {
  public static void main(String[] args) {
    CoupontoolsClient client = CoupontoolsClient.builder()
        .credentialsFromEnvironment()   // COUPONTOOLS_CLIENT_ID / COUPONTOOLS_CLIENT_SECRET
        .baseUrl(System.getenv().getOrDefault("COUPONTOOLS_BASE_URL", "https://api4coupons.com"))
        .build();
    CampaignListResponse campaigns = client.campaigns().list();
    for (CampaignListItem campaign : campaigns.getCouponInfo()) {
      System.out.println(campaign.getID() + "  " + campaign.getTitle());
    }
  }
}
