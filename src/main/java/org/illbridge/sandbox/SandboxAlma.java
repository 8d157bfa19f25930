package org.illbridge.sandbox;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.ncip.NcipJaxb;
import org.illbridge.ncip.NcipReader;
import org.illbridge.ncip.xml.CirculationStatusUpdatedResponse;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.ncip.xml.Problem;
import org.illbridge.ncip.xml.RenewItemResponse;
import org.illbridge.ncip.xml.SchemeValuePair;
import org.illbridge.time.ProtocolDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A simulated Alma NCIP responder for trying illbridge out: it applies every RenewItem with the due date asked for
 * (or four weeks from now) and acknowledges every CirculationStatusUpdated.
 */
@Component("sandboxAlma")
@ConditionalOnProperty(name = "illbridge.sandbox.enabled", havingValue = "true")
public class SandboxAlma {

    private final NcipReader reader;
    private final IllbridgeProperties properties;
    private final Clock clock;

    public SandboxAlma(NcipReader reader, IllbridgeProperties properties, Clock clock) {
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    public String answer(String body) throws JAXBException {
        NCIPMessage request = NcipJaxb.read(reader.parse(body));
        NCIPMessage answer = new NCIPMessage();
        answer.setVersion(properties.getNcip().getVersion());
        if (request.getRenewItem() != null) {
            RenewItemResponse response = new RenewItemResponse();
            response.setItemId(request.getRenewItem().getItemId());
            Instant desired = ProtocolDates.parse(request.getRenewItem().getDesiredDateDue(), properties.getTimeZone());
            response.setDateDue(ProtocolDates.format(desired != null ? desired
                    : clock.instant().plus(Duration.ofDays(28))));
            answer.setRenewItemResponse(response);
        } else if (request.getCirculationStatusUpdated() != null) {
            answer.setCirculationStatusUpdatedResponse(new CirculationStatusUpdatedResponse());
        } else {
            Problem problem = new Problem();
            SchemeValuePair type = new SchemeValuePair();
            type.setValue("Unsupported Service");
            problem.setProblemType(type);
            answer.getProblem().add(problem);
        }
        Marshaller marshaller = JAXBContext.newInstance(NCIPMessage.class).createMarshaller();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        marshaller.marshal(answer, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
