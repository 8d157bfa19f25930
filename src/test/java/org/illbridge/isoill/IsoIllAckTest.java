package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The ILL-ACK frame: written as the schema has it, read back, and never able to break the framing. */
class IsoIllAckTest {

    private static IsoIllAck roundTrip(IsoIllAck acknowledgement) {
        return IsoIllAck.parse(acknowledgement.toXml().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAcceptedAcknowledgementWithoutReasonReadsBack() {
        IsoIllAck accepted = IsoIllAck.accepted(null);
        assertThat(accepted.toXml()).contains("<ILL-ACK xmlns=\"http://illbridge.org/2026/iso-ill\" "
                + "status=\"accepted\"></ILL-ACK>");
        assertThat(roundTrip(accepted)).isEqualTo(accepted);
        SchemaCheck.assertValid(accepted.toXml());
    }

    @Test
    void aRejectionKeepsItsReasonWithMarkupEscaped() {
        IsoIllAck rejected = IsoIllAck.rejected("<Renew> & \"date\" is not YYYYMMDD");
        assertThat(roundTrip(rejected)).isEqualTo(rejected);
        SchemaCheck.assertValid(rejected.toXml());
    }

    @Test
    void controlCharactersThatWouldEndTheFrameAreLeftOut() {
        IsoIllAck rejected = IsoIllAck.rejected("bad\u001C\u000Bframe\nhere");
        assertThat(rejected.toXml()).doesNotContain("\u001C").doesNotContain("\u000B");
        assertThat(roundTrip(rejected).reason()).isEqualTo("badframe here");
    }

    @Test
    void anythingElseIsNotAnAcknowledgement() {
        assertThatThrownBy(() -> IsoIllAck.parse("MSH|^~\\&|HL7".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoIllAck.parse("<ILL-ACK xmlns=\"http://illbridge.org/2026/iso-ill\" status=\"ok\"/>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("status");
        assertThatThrownBy(() -> IsoIllAck.parse("<ILL-ACK status=\"accepted\"/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not ILL-ACK");
        assertThatThrownBy(() -> IsoIllAck.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
