package dk.sygesikring.domain.configuration;

import java.util.Objects;

/**
 * The municipality's remote print supplier (fjernprint, LET-5): physical letters go to it, identified by the
 * shipment-type identifier the municipality enters (ForsendelsesTypeIdentifikator, e.g. 10, 20 or a number of its own)
 * and the sender-system id registered at the Serviceplatform (AfsendersystemID, e.g. 5059).
 */
public record RemotePrintSupplier(String name, String shipmentTypeId, String senderSystemId) {

    public static final String NAME = "name";
    public static final String SHIPMENT_TYPE_ID = "shipmentTypeId";
    public static final String SENDER_SYSTEM_ID = "senderSystemId";

    public RemotePrintSupplier {
        checkName(name);
        checkShipmentTypeId(shipmentTypeId);
        checkSenderSystemId(senderSystemId);
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, NAME);
        if (name.isBlank() || name.length() > 100 || !name.equals(name.strip())) {
            throw new IllegalArgumentException("must be 1 to 100 characters, without leading or trailing spaces");
        }
        return name;
    }

    static String checkShipmentTypeId(String id) {
        Objects.requireNonNull(id, SHIPMENT_TYPE_ID);
        if (!id.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("must be 1 to 10 digits, e.g. 20");
        }
        return id;
    }

    static String checkSenderSystemId(String id) {
        Objects.requireNonNull(id, SENDER_SYSTEM_ID);
        if (!id.matches("[A-Za-z0-9-]{1,50}")) {
            throw new IllegalArgumentException("must be 1 to 50 letters, digits or hyphens, e.g. 5059");
        }
        return id;
    }
}
