package io.rightline.tax.taxnumber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** SOAP 1.1 client of the VIES {@code checkVatService}, built on the JDK's HTTP client and DOM parser. */
final class ViesClient implements VatNumberService {
    private static final System.Logger LOG = System.getLogger(ViesClient.class.getName());
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String TYPES_NS = "urn:ec.europa.eu:taxud:vies:services:checkVat:types";
    private static final Set<String> TRANSIENT_FAULTS = Set.of(
            "MS_UNAVAILABLE",
            "SERVICE_UNAVAILABLE",
            "TIMEOUT",
            "MS_MAX_CONCURRENT_REQ",
            "GLOBAL_MAX_CONCURRENT_REQ",
            "SERVER_BUSY");

    private final HttpClient client;
    private final URI endpoint;
    private final Duration timeout;

    ViesClient(HttpClient client, URI endpoint, Duration timeout) {
        this.client = client;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    @Override
    public OnlineCheck check(TaxNumber number) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(number)))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return parse(response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "vies.unavailable country={0} cause={1}", number.country(), e.toString());
            return OnlineCheck.fault(
                    OnlineStatus.UNAVAILABLE, "NETWORK: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OnlineCheck.fault(OnlineStatus.UNAVAILABLE, "INTERRUPTED");
        }
    }

    static String envelope(TaxNumber number) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\" xmlns:urn=\"" + TYPES_NS + "\">"
                + "<soapenv:Header/><soapenv:Body><urn:checkVat>"
                + "<urn:countryCode>" + number.country().vatPrefix() + "</urn:countryCode>"
                + "<urn:vatNumber>" + xmlEscape(number.value()) + "</urn:vatNumber>"
                + "</urn:checkVat></soapenv:Body></soapenv:Envelope>";
    }

    private static String xmlEscape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static OnlineCheck parse(int httpStatus, byte[] body) {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            LOG.log(Level.WARNING, "vies.unreadable http={0}", httpStatus);
            return OnlineCheck.fault(OnlineStatus.UNAVAILABLE, "UNREADABLE_RESPONSE http=" + httpStatus);
        }
        NodeList faults = document.getElementsByTagNameNS(SOAP_NS, "Fault");
        if (faults.getLength() > 0) {
            String fault =
                    text(document, "", "faultstring").orElse("UNKNOWN_FAULT").trim();
            OnlineStatus status = TRANSIENT_FAULTS.contains(fault)
                    ? OnlineStatus.UNAVAILABLE
                    : "INVALID_INPUT".equals(fault) ? OnlineStatus.INVALID_INPUT : OnlineStatus.UNAVAILABLE;
            LOG.log(Level.INFO, "vies.fault fault={0} status={1}", fault, status);
            return OnlineCheck.fault(status, fault);
        }
        Optional<String> valid = text(document, TYPES_NS, "valid");
        if (valid.isEmpty()) {
            return OnlineCheck.fault(OnlineStatus.UNAVAILABLE, "NO_VALID_ELEMENT http=" + httpStatus);
        }
        return new OnlineCheck(
                Boolean.parseBoolean(valid.get().trim()) ? OnlineStatus.VALID : OnlineStatus.INVALID,
                text(document, TYPES_NS, "name").filter(ViesClient::disclosed),
                text(document, TYPES_NS, "address").filter(ViesClient::disclosed),
                text(document, TYPES_NS, "requestDate"),
                Optional.empty());
    }

    /** VIES answers "---" when a member state does not disclose the name or address. */
    private static boolean disclosed(String value) {
        return !value.isBlank() && !"---".equals(value.trim());
    }

    private static Optional<String> text(Document document, String namespace, String localName) {
        NodeList nodes = namespace.isEmpty()
                ? document.getElementsByTagNameNS("*", localName)
                : document.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0
                ? Optional.empty()
                : Optional.of(nodes.item(0).getTextContent());
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required feature", e);
        }
    }
}
