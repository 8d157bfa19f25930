package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.isoill.xml.Renew;
import org.illbridge.isoill.xml.RenewAnswer;
import org.junit.jupiter.api.Test;

/** Reading what partners send: the APDUs renewals need, and frames that must be refused with a reason. */
class IsoIllCodecTest {

    private static final String US = "US-ILLBRIDGE";
    private static final String PARTNER = "DK-820010";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static ILLAPDU read(String xml) {
        return IsoIllCodec.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static IsoIllCodec codec() {
        IllbridgeProperties properties = new IllbridgeProperties();
        properties.getIso18626().setAgencyId(US);
        return new IsoIllCodec(properties);
    }

    @Test
    void aPartnersRenewGivesTransactionDesiredDueDateAndNote() {
        ILLAPDU envelope = read(IsoIllSamples.renew(PARTNER, US, "T-1", "093000", "20300201"));

        Renew renew = envelope.getRenew();
        assertThat(IsoIllCodec.apduType(IsoIllCodec.apduOf(envelope))).isEqualTo("Renew");
        assertThat(IsoIllApdus.transactionId(renew)).isEqualTo(new IsoIllTransactionId(PARTNER, "G1", "T-1", null));
        assertThat(IsoIllApdus.desiredDueDate(renew, COPENHAGEN)).isEqualTo(Instant.parse("2030-02-01T22:59:59Z"));
        assertThat(renew.getRequesterNote()).isEqualTo("please");
        assertThat(IsoIllApdus.serviceDateTime(renew, COPENHAGEN)).isEqualTo(Instant.parse("2030-01-05T08:30:00Z"));
        assertThat(codec().partnerOf(renew)).isEqualTo(PARTNER);
    }

    @Test
    void aLendersRenewAnswerGivesAnswerDateDueAndRenewable() {
        RenewAnswer answer = read(IsoIllSamples.renewAnswer(PARTNER, US, "T-2", true, "20300301")).getRenewAnswer();

        assertThat(IsoIllCodec.apduType(answer)).isEqualTo("Renew-Answer");
        assertThat(answer.isAnswer()).isTrue();
        assertThat(IsoIllApdus.dateDue(answer, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2030-03-01T23:59:59Z"));
        assertThat(IsoIllApdus.renewable(answer)).isFalse();
        assertThat(answer.getResponderNote()).isEqualTo("last time");
        assertThat(codec().partnerOf(answer)).isEqualTo(PARTNER);
    }

    @Test
    void everyOtherApduIsReadByItsAsn1Name() {
        assertThat(IsoIllCodec.apduType(IsoIllCodec.apduOf(read(IsoIllSamples.recall(PARTNER, US, "T")))))
                .isEqualTo("Recall");
        assertThat(IsoIllCodec.apduType(IsoIllCodec.apduOf(read(IsoIllSamples.overdue(PARTNER, US, "T")))))
                .isEqualTo("Overdue");
        assertThat(IsoIllCodec.apduType(IsoIllCodec.apduOf(read(IsoIllSamples.message(PARTNER, US, "T")))))
                .isEqualTo("Message");
    }

    @Test
    void whatIsNotOneIllApduIsRejectedWithTheReason() {
        assertRejected("not xml at all", "not well-formed XML");
        assertRejected("", "empty");
        assertRejected("<ILL-APDU/>", "root element must be ILL-APDU in namespace");
        assertRejected("<ILL-APDU xmlns=\"" + IsoIllSamples.NAMESPACE + "\"/>", "exactly one APDU, not 0");
        String renew = IsoIllSamples.renew(PARTNER, US, "T", "093000", "20300201");
        String inner = renew.substring(renew.indexOf("<Renew>"), renew.indexOf("</ILL-APDU>"));
        assertRejected(renew.replace("</ILL-APDU>", inner + "</ILL-APDU>"), "exactly one APDU, not 2");
        assertRejected(renew.replace("Renew>", "Renewal>"), "Renewal is not an ISO 10161 APDU");
    }

    @Test
    void anApduWithoutTheRequiredHeaderOrWithNonsenseValuesIsRejected() {
        String renew = IsoIllSamples.renew(PARTNER, US, "T", "093000", "20300201");
        assertRejected(renew.replace("20300201", "2030-02-01"), "desired-due-date is not an ISO-Date");
        assertRejected(renew.replace("20300201", "20300231"), "not a day of the calendar");
        assertRejected(renew.replace("093000", "9:30"), "time is not an ISO-Time");
        assertRejected(renew.replace("<transaction-qualifier>T</transaction-qualifier>", ""),
                "transaction-id needs transaction-group-qualifier and transaction-qualifier");
        assertRejected(renew.replace("<protocol-version-num>2", "<protocol-version-num>3"),
                "protocol-version-num must be 1 or 2");
        assertRejected(IsoIllSamples.renewAnswer(PARTNER, US, "T", true, "20300301").replace(">true<", ">yes<"),
                "answer is not a boolean: yes");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnythingIsRead() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ILL-APDU xmlns=\"" + IsoIllSamples.NAMESPACE + "\">&e;</ILL-APDU>";
        assertRejected(withEntity, "DOCTYPE");
    }

    @Test
    void anApduBetweenTwoOtherLibrariesIsNotForUs() {
        Renew renew = read(IsoIllSamples.renew(PARTNER, "DE-1", "T", "093000", "20300201")).getRenew();
        assertThatThrownBy(() -> codec().partnerOf(renew)).isInstanceOf(IsoIllRejection.class)
                .hasMessageContaining("neither requester-id nor responder-id is " + US);
    }

    private static void assertRejected(String xml, String reason) {
        assertThatThrownBy(() -> read(xml)).isInstanceOf(IsoIllRejection.class).hasMessageContaining(reason);
    }
}
