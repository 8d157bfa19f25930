package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.isoill.xml.Renew;
import org.illbridge.isoill.xml.RenewAnswer;
import org.illbridge.isoill.xml.StatusOrErrorReport;
import org.junit.jupiter.api.Test;

/** The APDUs illbridge sends: valid against the schema, and read back as they were meant. */
class IsoIllMessagesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2030-01-05T14:30:15Z");
    private static final IsoIllTransactionId TRANSACTION = new IsoIllTransactionId("US-ILLBRIDGE", "BR", "BR-7", null);

    private final IsoIllMessages messages = new IsoIllMessages(properties(), Clock.fixed(NOW, ZoneId.of("UTC")));

    private static IllbridgeProperties properties() {
        IllbridgeProperties properties = new IllbridgeProperties();
        properties.getIso18626().setAgencyId("US-ILLBRIDGE");
        properties.setTimeZone(NEW_YORK);
        return properties;
    }

    private static ILLAPDU writtenAndReadBack(ILLAPDU envelope) {
        String xml = IsoIllCodec.write(envelope);
        SchemaCheck.assertValid(xml);
        return IsoIllCodec.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ourRenewNamesUsAsRequesterTheLenderAsResponderAndTheDayWeWish() {
        ILLAPDU envelope = messages.renew(TRANSACTION, "DK-820010", Instant.parse("2030-02-01T04:00:00Z"),
                COPENHAGEN, "patron asks");

        Renew renew = writtenAndReadBack(envelope).getRenew();
        assertThat(renew.getProtocolVersionNum()).isEqualTo(2);
        assertThat(IsoIllApdus.transactionId(renew)).isEqualTo(TRANSACTION);
        assertThat(IsoIllApdus.symbolOf(renew.getRequesterId())).isEqualTo("US-ILLBRIDGE");
        assertThat(IsoIllApdus.symbolOf(renew.getResponderId())).isEqualTo("DK-820010");
        assertThat(renew.getServiceDateTime().getDateTimeOfThisService().getDate()).isEqualTo("20300105");
        assertThat(renew.getServiceDateTime().getDateTimeOfThisService().getTime()).isEqualTo("093015");
        assertThat(renew.getDesiredDueDate()).isEqualTo("20300201");
        assertThat(renew.getRequesterNote()).isEqualTo("patron asks");
    }

    @Test
    void aRenewWithoutAWishLeavesDesiredDueDateOut() {
        String xml = IsoIllCodec.write(messages.renew(TRANSACTION, "DK-820010", null, COPENHAGEN, null));
        assertThat(xml).doesNotContain("desired-due-date").doesNotContain("requester-note");
        SchemaCheck.assertValid(xml);
    }

    @Test
    void ourRenewAnswerNamesUsAsResponderWithTheNewDateDue() {
        IsoIllTransactionId theirs = new IsoIllTransactionId("DK-820010", "G", "LEND-3", "2");
        ILLAPDU envelope = messages.renewAnswer(theirs, "DK-820010", true, Instant.parse("2030-03-01T22:59:59Z"),
                true, COPENHAGEN, null);

        RenewAnswer answer = writtenAndReadBack(envelope).getRenewAnswer();
        assertThat(answer.isAnswer()).isTrue();
        assertThat(answer.getDateDue().getDateDueField()).isEqualTo("20300301");
        assertThat(answer.getDateDue().isRenewable()).isTrue();
        assertThat(IsoIllApdus.transactionId(answer)).isEqualTo(theirs);
        assertThat(IsoIllApdus.symbolOf(answer.getRequesterId())).isEqualTo("DK-820010");
        assertThat(IsoIllApdus.symbolOf(answer.getResponderId())).isEqualTo("US-ILLBRIDGE");
    }

    @Test
    void aRefusalMayCarryNoDateDueButANote() {
        String xml = IsoIllCodec.write(messages.renewAnswer(TRANSACTION, "DK-820010", false, null, null, COPENHAGEN,
                "Maximum Renewals Exceeded"));
        SchemaCheck.assertValid(xml);
        RenewAnswer answer = IsoIllCodec.read(xml.getBytes(StandardCharsets.UTF_8)).getRenewAnswer();
        assertThat(answer.isAnswer()).isFalse();
        assertThat(answer.getDateDue()).isNull();
        assertThat(answer.getResponderNote()).isEqualTo("Maximum Renewals Exceeded");
    }

    @Test
    void anApduForAnUnknownTransactionIsAnsweredWithAnErrorReportEchoingIt() {
        Renew received = IsoIllCodec.read(IsoIllSamples.renew("DK-820010", "US-ILLBRIDGE", "NOPE", "093000",
                "20300201").getBytes(StandardCharsets.UTF_8)).getRenew();

        ILLAPDU envelope = messages.unknownTransaction(received, "no such loan");

        StatusOrErrorReport report = writtenAndReadBack(envelope).getStatusOrErrorReport();
        assertThat(IsoIllApdus.transactionId(report)).isEqualTo(IsoIllApdus.transactionId(received));
        assertThat(report.getErrorReport().getReportSource()).isEqualTo("provider");
        assertThat(report.getErrorReport().getProviderErrorReport().getTransactionIdProblem())
                .isEqualTo("unknown-transaction-id");
        assertThat(report.getErrorReport().getCorrelationInformation()).isEqualTo("Renew 20300105 093000");
        assertThat(report.getNote()).isEqualTo("no such loan");
        assertThat(IsoIllApdus.symbolOf(report.getRequesterId())).isEqualTo("DK-820010");
    }
}
