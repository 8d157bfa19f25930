package org.illbridge.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** A lender's status changes that Alma must hear about. */
class RecallAndOverdueTest extends IllbridgeTestBase {

    @Test
    void aRecallEndsAnOpenRenewalRefusedAndAlmaHearsItemNotRenewed() {
        String requestId = borrowingLoan("RC-1", "RC-BAR-1");
        ncip(Messages.almaRenewItem("RC-BAR-1", null));
        awaitState(requestId, "REQUESTED");

        String confirmation = iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "StatusChange", null,
                null, null).replace("<status>Loaned</status>", "<status>Recalled</status>")).body();

        assertThat(confirmation).contains("<ns1:messageStatus>OK</ns1:messageStatus>");
        awaitState(requestId, "REFUSED");
        assertThat(record(requestId).get("renewalDetail").asText()).isEqualTo("recalled");
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("Item Not Renewed").isEmpty());
    }

    @Test
    void anOverdueForABorrowingLoanTellsAlmaItemOverdue() {
        String requestId = borrowingLoan("RC-2", "RC-BAR-2");

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "StatusChange", null, null, null)
                .replace("<status>Loaned</status>", "<status>Overdue</status>"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("Item Overdue").isEmpty());
        String update = ALMA.receivedContaining("Item Overdue").get(0);
        assertThat(Messages.between(update, "ItemIdentifierValue")).isEqualTo("RC-BAR-2");
        assertThat(state(requestId)).isEqualTo("NONE");
    }

    @Test
    void aRecallWithoutAnOpenRenewalIsListedForStaff() {
        String requestId = borrowingLoan("RC-3", "RC-BAR-3");

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "StatusChange", null, null, null)
                .replace("<status>Loaned</status>", "<status>Recalled</status>"));

        assertThat(get("/api/attention").body()).contains("RC-3").contains("Recalled");
        assertThat(ALMA.received()).isEmpty();
    }
}
