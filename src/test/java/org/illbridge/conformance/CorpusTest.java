package org.illbridge.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.illbridge.support.Corpus;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.illbridge.xml.SafeXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every real NCIP and ISO 18626 message from other projects gets a well-formed answer in its protocol. */
class CorpusTest extends IllbridgeTestBase {

    private static boolean isNcip(String text) {
        return text.contains("NCIPMessage") || text.contains("http://www.niso.org/2008/ncip");
    }

    @Test
    void everyCorpusMessageGetsAWellFormedProtocolAnswer() throws Exception {
        Corpus.assumePresent();
        List<String> checked = new ArrayList<>();

        for (Path file : Corpus.xmlFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            boolean ncip = isNcip(text);

            HttpResponse<String> answer = postBytes(ncip ? "/ncip" : "/iso18626", bytes);

            assertThat(answer.statusCode()).as(file.toString()).isEqualTo(200);
            Document document = SafeXml.parse(answer.body());
            assertThat(document.getDocumentElement().getLocalName()).as(file.toString())
                    .isEqualTo(ncip ? "NCIPMessage" : "ISO18626Message");
            assertThat(answer.body()).as(file.toString()).doesNotContain("Exception").doesNotContain("<html");
            checked.add(file.getFileName().toString());
        }

        System.out.println("Corpus messages answered: " + checked.size());
        assertThat(checked).hasSizeGreaterThan(40);
    }

    @Test
    void everyCorpusRenewItemIsAcceptedOnceItsItemIsRegistered() throws Exception {
        Corpus.assumePresent();
        int renewItems = 0;

        for (Path file : Corpus.xmlFiles()) {
            String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!isNcip(text) || !text.matches("(?s).*<(\\w+:)?RenewItem[\\s>].*")) {
                continue;
            }
            String barcode = Messages.between(text.substring(text.indexOf("ItemId")), "ItemIdentifierValue");
            borrowingLoan("CORPUS-" + (++renewItems), barcode);

            HttpResponse<String> answer = postBytes("/ncip", Files.readAllBytes(file));

            assertThat(answer.body()).as(file.toString()).contains("RenewItemResponse").contains("Pending")
                    .doesNotContain("Problem");
        }

        assertThat(renewItems).isGreaterThanOrEqualTo(1);
    }
}
