package org.illbridge.isoill;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** Validates documents against the project's ISO ILL schema, xsd/iso-ill.xsd. */
final class SchemaCheck {

    private static final Schema SCHEMA = load();

    private SchemaCheck() {
    }

    static void assertValid(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException invalid) {
            throw new AssertionError("not valid against xsd/iso-ill.xsd: " + invalid.getMessage() + "\n" + xml);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(Path.of("xsd", "iso-ill.xsd").toFile());
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
