package example.app;

import com.coupontools.api.CampaignListItem;
import com.coupontools.api.CampaignListResponse;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.errors.NotFoundException;

/** Lists campaigns from the server given as the first argument, blocking and async, then closes. */
public final class Main {
  public static void main(String[] args) {
    try (CoupontoolsClient client = CoupontoolsClient.builder()
        .credentials("module-id", "module-secret")
        .baseUrl(args[0])
        .build()) {
      CampaignListResponse campaigns = client.campaigns().list();
      for (CampaignListItem c : campaigns.couponInfo()) {
        System.out.println(c.id() + " " + c.title() + " " + c.url());
      }
      System.out.println(
          "async " + client.async().campaigns().list().join().couponInfo().size());
      try {
        client.campaigns().list();
      } catch (NotFoundException e) {
        System.out.println("error " + e.code() + " " + e.requestId().orElse("-"));
      }
    }
  }
}
