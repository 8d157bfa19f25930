package org.illbridge.ncip;

import java.time.Instant;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.ncip.xml.CirculationStatusUpdated;
import org.illbridge.ncip.xml.FromAgencyId;
import org.illbridge.ncip.xml.InitiationHeader;
import org.illbridge.ncip.xml.ItemId;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.ncip.xml.Problem;
import org.illbridge.ncip.xml.RenewItem;
import org.illbridge.ncip.xml.RenewItemResponse;
import org.illbridge.ncip.xml.SchemeValuePair;
import org.illbridge.ncip.xml.ToAgencyId;
import org.illbridge.ncip.xml.UserId;
import org.illbridge.time.ProtocolDates;
import org.springframework.stereotype.Component;

/** Builds the NCIP messages illbridge sends, with the headers Alma expects from configuration. */
@Component
public class NcipMessages {

    private final IllbridgeProperties properties;

    public NcipMessages(IllbridgeProperties properties) {
        this.properties = properties;
    }

    public NCIPMessage renewItem(String patronId, String itemBarcode, Instant desiredDateDue) {
        RenewItem renewItem = new RenewItem();
        renewItem.setInitiationHeader(initiationHeader());
        renewItem.setUserId(userId(patronId));
        renewItem.setItemId(itemId(itemBarcode));
        renewItem.setDesiredDateDue(ProtocolDates.format(desiredDateDue));
        return envelope(renewItem);
    }

    public NCIPMessage circulationStatusUpdated(String itemBarcode, String circulationStatus) {
        CirculationStatusUpdated updated = new CirculationStatusUpdated();
        updated.setInitiationHeader(initiationHeader());
        updated.setItemId(itemId(itemBarcode));
        updated.setCirculationStatus(value(circulationStatus));
        return envelope(updated);
    }

    public Problem problem(String type, String detail, String element, String value) {
        Problem problem = new Problem();
        problem.setProblemType(value(type));
        problem.setProblemDetail(detail);
        problem.setProblemElement(element);
        problem.setProblemValue(value);
        return problem;
    }

    public NCIPMessage problemEnvelope(NcipProblemException problem) {
        NCIPMessage message = envelope();
        message.getProblem().add(problem(problem.getProblemType(), problem.getProblemDetail(),
                problem.getProblemElement(), problem.getProblemValue()));
        return message;
    }

    public NCIPMessage envelope(Object service) {
        NCIPMessage message = envelope();
        if (service instanceof RenewItem renewItem) {
            message.setRenewItem(renewItem);
        } else if (service instanceof RenewItemResponse response) {
            message.setRenewItemResponse(response);
        } else if (service instanceof CirculationStatusUpdated updated) {
            message.setCirculationStatusUpdated(updated);
        } else {
            throw new IllegalArgumentException("not an NCIP service illbridge sends: " + service);
        }
        return message;
    }

    private NCIPMessage envelope() {
        NCIPMessage message = new NCIPMessage();
        message.setVersion(properties.getNcip().getVersion());
        return message;
    }

    private InitiationHeader initiationHeader() {
        InitiationHeader header = new InitiationHeader();
        FromAgencyId from = new FromAgencyId();
        from.setAgencyId(value(properties.getAgencyId()));
        header.setFromAgencyId(from);
        ToAgencyId to = new ToAgencyId();
        to.setAgencyId(value(properties.getAlma().getAgencyId()));
        header.setToAgencyId(to);
        header.setApplicationProfileType(value(properties.getAlma().getApplicationProfileType()));
        return header;
    }

    private UserId userId(String patronId) {
        UserId userId = new UserId();
        userId.setAgencyId(value(properties.getAlma().getAgencyId()));
        userId.setUserIdentifierValue(patronId);
        return userId;
    }

    private ItemId itemId(String itemBarcode) {
        ItemId itemId = new ItemId();
        itemId.setAgencyId(value(properties.getAlma().getAgencyId()));
        itemId.setItemIdentifierValue(itemBarcode);
        return itemId;
    }

    private static SchemeValuePair value(String value) {
        SchemeValuePair pair = new SchemeValuePair();
        pair.setValue(value);
        return pair;
    }
}
