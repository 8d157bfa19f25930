package org.illbridge.api;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.ProducerTemplate;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.journal.Headers;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.illbridge.store.MessageLog;
import org.illbridge.store.Renewal;
import org.illbridge.store.RenewalState;
import org.illbridge.store.ResumeStep;
import org.illbridge.store.Role;
import org.illbridge.time.ProtocolDates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loan records and the staff actions on their renewals. An action first moves the renewal on in the store, so that
 * the same action twice cannot both go ahead, then hands the work to the routes and answers 202 at once.
 */
@RestController
@RequestMapping("/api/requests")
public class RequestsController {

    private static final Set<RenewalState> ANSWERABLE = Set.of(RenewalState.PENDING, RenewalState.REQUESTED,
            RenewalState.FAILED);

    private final LoanStore store;
    private final MessageLog messages;
    private final ProducerTemplate routes;
    private final IllbridgeProperties properties;
    private final Clock clock;

    public RequestsController(LoanStore store, MessageLog messages, ProducerTemplate routes,
            IllbridgeProperties properties, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.routes = routes;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<LoanView> save(@RequestBody LoanRequest request) {
        Loan loan = validated(request);
        boolean created = store.save(loan);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(view(loan.requestId()));
    }

    /** The loans whose current renewal is in a state, for example FAILED ones waiting for staff. */
    @GetMapping
    public List<LoanView.RenewalView> inState(@RequestParam String renewalState,
            @RequestParam(defaultValue = "100") int limit) {
        RenewalState state;
        try {
            state = RenewalState.valueOf(renewalState.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "renewalState must be one of PENDING, REQUESTED, RENEWED, "
                    + "REFUSED, FAILED");
        }
        return store.currentRenewalsIn(state, Math.max(1, Math.min(limit, 1000))).stream()
                .map(LoanView.RenewalView::of).toList();
    }

    @GetMapping("/{requestId}")
    public LoanView get(@PathVariable String requestId) {
        return view(requestId);
    }

    /** A waiting renewal goes on: to the lender (borrowing) or to Alma (lending). */
    @PostMapping("/{requestId}/renewal/forward")
    public ResponseEntity<LoanView> forward(@PathVariable String requestId) {
        Loan loan = loan(requestId);
        claim(loan, Set.of(RenewalState.PENDING), RenewalState.REQUESTED);
        send(loan.role() == Role.BORROWING ? "direct:borrowing-renewal-forward" : "direct:lending-ask-alma",
                requestId, Map.of());
        return ResponseEntity.accepted().body(view(requestId));
    }

    /** Staff record a yes: the lender's, received by other means (borrowing), or their own (lending). */
    @PostMapping("/{requestId}/renewal/renewed")
    public ResponseEntity<LoanView> renewed(@PathVariable String requestId,
            @RequestBody(required = false) Map<String, String> body) {
        Loan loan = loan(requestId);
        Instant dueDate = date(body == null ? null : body.get("dueDate"));
        if (dueDate == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "dueDate is required");
        }
        if (dueDate.isBefore(clock.instant())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "a renewed dueDate cannot lie in the past");
        }
        claimAnswer(loan, true, "renewed as recorded by staff");
        answer(loan, "Y", dueDate, "renewed as recorded by staff");
        return ResponseEntity.accepted().body(view(requestId));
    }

    /** Staff record a no: the lender's, received by other means (borrowing), or their own (lending). */
    @PostMapping("/{requestId}/renewal/refused")
    public ResponseEntity<LoanView> refused(@PathVariable String requestId) {
        Loan loan = loan(requestId);
        claimAnswer(loan, false, "refused as recorded by staff");
        answer(loan, "N", null, "refused as recorded by staff");
        return ResponseEntity.accepted().body(view(requestId));
    }

    /** A FAILED renewal resumes at the step that failed, once its cause (configuration, a peer) is fixed. */
    @PostMapping("/{requestId}/renewal/retry")
    public ResponseEntity<LoanView> retry(@PathVariable String requestId) {
        Loan loan = loan(requestId);
        Renewal failed = store.currentRenewal(requestId).filter(renewal -> renewal.state() == RenewalState.FAILED)
                .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "the renewal of " + requestId
                        + " is not FAILED"));
        claim(loan, Set.of(RenewalState.FAILED), RenewalState.REQUESTED);
        ResumeStep step = failed.resumeStep() != null ? failed.resumeStep()
                : loan.role() == Role.LENDING ? ResumeStep.ASK_ALMA : ResumeStep.FORWARD_TO_LENDER;
        Map<String, Object> decided = new HashMap<>();
        if (failed.decidedYes() != null) {
            decided.put(Headers.RENEWAL_ANSWER, failed.decidedYes() ? "Y" : "N");
        }
        if (failed.grantedDueDate() != null) {
            decided.put(Headers.LENDER_DUE_DATE, failed.grantedDueDate());
        }
        if (failed.outcomeNote() != null) {
            decided.put(Headers.LENDER_NOTE, failed.outcomeNote());
        }
        send(switch (step) {
            case FORWARD_TO_LENDER -> "direct:borrowing-renewal-forward";
            case APPLY_IN_ALMA, TELL_ALMA_NOT_RENEWED -> "direct:borrowing-renewal-answered";
            case ASK_ALMA -> "direct:lending-ask-alma";
            case ANSWER_BORROWER -> "direct:lending-answer-borrower";
            case PUSH_TO_ALMA -> "direct:lending-staff-answered";
        }, requestId, decided);
        return ResponseEntity.accepted().body(view(requestId));
    }

    private void answer(Loan loan, String yesNo, Instant dueDate, String note) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Headers.RENEWAL_ANSWER, yesNo);
        headers.put(Headers.LENDER_NOTE, note);
        if (dueDate != null) {
            headers.put(Headers.LENDER_DUE_DATE, dueDate);
        }
        send(loan.role() == Role.BORROWING ? "direct:borrowing-renewal-answered" : "direct:lending-staff-answered",
                loan.requestId(), headers);
    }

    private void send(String route, String requestId, Map<String, Object> headers) {
        Map<String, Object> all = new HashMap<>(headers);
        all.put(Headers.REQUEST_ID, requestId);
        store.currentRenewal(requestId).ifPresent(renewal -> all.put(Headers.RENEWAL_ID, renewal.id()));
        routes.asyncRequestBodyAndHeaders(route, null, all);
    }

    private void claim(Loan loan, Set<RenewalState> allowed, RenewalState next) {
        if (!store.moveRenewal(loan.requestId(), allowed, next)) {
            RenewalState state = store.currentRenewal(loan.requestId()).map(Renewal::state)
                    .orElse(RenewalState.NONE);
            throw new ApiProblem(HttpStatus.CONFLICT,
                    "the renewal of " + loan.requestId() + " is " + state + ", expected one of " + allowed);
        }
    }

    /** Staff may answer a renewal that has no answer yet; the first answer, theirs or a partner's, stands. */
    private void claimAnswer(Loan loan, boolean yes, String note) {
        if (!store.claimAnswer(loan.requestId(), ANSWERABLE, yes, note)) {
            Optional<Renewal> current = store.currentRenewal(loan.requestId());
            String state = current.map(renewal -> renewal.state().name()).orElse(RenewalState.NONE.name());
            String decided = current.map(Renewal::decidedYes).map(yesNo -> yesNo ? "; it was answered Y"
                    : "; it was answered N").orElse("");
            throw new ApiProblem(HttpStatus.CONFLICT, "the renewal of " + loan.requestId() + " is " + state + decided
                    + (decided.isEmpty() ? "" : " (use retry to carry that answer out)"));
        }
    }

    private Loan loan(String requestId) {
        return store.find(requestId)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "no request " + requestId));
    }

    private LoanView view(String requestId) {
        Loan loan = loan(requestId);
        List<Renewal> renewals = store.renewals(requestId);
        Optional<Renewal> current = renewals.isEmpty() ? Optional.empty()
                : Optional.of(renewals.get(renewals.size() - 1));
        return new LoanView(loan.requestId(), loan.role().name(), loan.partner(), loan.partnerRequestId(),
                loan.itemBarcode(), loan.patronId(), loan.dueDate(), loan.almaDueDate(),
                current.map(renewal -> renewal.state().name()).orElse(RenewalState.NONE.name()),
                current.map(Renewal::detail).orElse(null),
                renewals.stream().map(LoanView.RenewalView::of).toList(),
                messages.forRequest(requestId).stream().map(LoanView.MessageView::of).toList());
    }

    private Loan validated(LoanRequest request) {
        if (blank(request.requestId()) || blank(request.partner()) || blank(request.itemBarcode())
                || blank(request.role())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "requestId, role, partner and itemBarcode are required");
        }
        if (longer(request.requestId(), 100) || longer(request.partner(), 100) || longer(request.itemBarcode(), 200)
                || longer(request.partnerRequestId(), 200) || longer(request.patronId(), 200)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "requestId and partner take at most 100 characters, "
                    + "itemBarcode, partnerRequestId and patronId at most 200");
        }
        Role role;
        try {
            role = Role.valueOf(request.role().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "role must be BORROWING or LENDING");
        }
        return new Loan(request.requestId().trim(), role, request.partner().trim(), trim(request.partnerRequestId()),
                request.itemBarcode().trim(), trim(request.patronId()), date(request.dueDate()), null, null);
    }

    private Instant date(String text) {
        try {
            return ProtocolDates.parse(text, properties.getTimeZone());
        } catch (IllegalArgumentException unreadable) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "not an ISO-8601 date: " + text);
        }
    }

    private static boolean longer(String value, int length) {
        return value != null && value.trim().length() > length;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
