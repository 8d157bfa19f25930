package org.illbridge.renewal;

import static org.illbridge.iso18626.Iso18626Rejection.UNRECOGNISED_DATA_VALUE;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.illbridge.iso18626.Iso18626Answers;
import org.illbridge.iso18626.Iso18626Rejection;
import org.illbridge.iso18626.xml.Header;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.iso18626.xml.Request;
import org.illbridge.iso18626.xml.RequestingAgencyMessage;
import org.illbridge.journal.Headers;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.illbridge.store.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Messages from partners that borrow from us, about our lending loans. */
@Component("lendingMessages")
public class LendingMessages {

    private static final Logger LOG = LoggerFactory.getLogger(LendingMessages.class);

    private final LoanStore store;
    private final Iso18626Answers answers;

    public LendingMessages(LoanStore store, Iso18626Answers answers) {
        this.store = store;
        this.answers = answers;
    }

    /** A requester's message about one of our lending loans, found by our id or by the partner's. */
    public ISO18626Message requestingAgencyMessage(RequestingAgencyMessage received, Exchange exchange) {
        Loan loan = lendingLoan(received.getHeader(), exchange.getMessage().getHeader(Headers.PARTNER, String.class))
                .orElseThrow(() -> new Iso18626Rejection(UNRECOGNISED_DATA_VALUE,
                        received.getHeader().getRequestingAgencyRequestId()));
        exchange.getMessage().setHeader(Headers.REQUEST_ID, loan.requestId());
        LOG.info("{} from {} for lending request {} stored", received.getAction(),
                exchange.getMessage().getHeader(Headers.PARTNER), loan.requestId());
        return answers.ok(exchange);
    }

    /** A new ILL request: stored with the message log and confirmed; illbridge does not fill requests. */
    public ISO18626Message request(Request received, Exchange exchange) {
        LOG.info("ILL request {} from {} stored for staff", received.getHeader().getRequestingAgencyRequestId(),
                exchange.getMessage().getHeader(Headers.PARTNER));
        return answers.ok(exchange);
    }

    private Optional<Loan> lendingLoan(Header header, String partner) {
        String ours = header.getSupplyingAgencyRequestId();
        if (ours != null && !ours.isBlank()) {
            Optional<Loan> byOurId = store.find(ours.trim()).filter(loan -> loan.role() == Role.LENDING);
            if (byOurId.isPresent()) {
                return byOurId;
            }
        }
        return store.findByPartnerRequestId(partner, header.getRequestingAgencyRequestId().trim())
                .filter(loan -> loan.role() == Role.LENDING);
    }
}
